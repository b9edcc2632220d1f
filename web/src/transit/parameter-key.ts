import { CARGO_TYPES, TRANSIT_MODES } from '../api/types.ts';

/**
 * A parameter key such as `cost_usd_per_tonne_km.sea.reefer` read as its measure and the mode and
 * cargo it applies to, so its label is one sentence per measure, not one per key.
 */
export type ParameterKeyParts = { measure: string; mode?: string; cargo?: string };

export function parameterKeyParts(key: string): ParameterKeyParts {
  const [measure = key, ...rest] = key.split('.');
  const mode = rest.find((part) => TRANSIT_MODES.some((known) => known === part));
  const cargo = rest.find((part) => CARGO_TYPES.some((known) => known === part));
  return { measure, ...(mode && { mode }), ...(cargo && { cargo }) };
}
