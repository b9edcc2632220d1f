import { CARGO_TYPES, TRANSIT_MODES } from '../api/types.ts';

type TransitMode = (typeof TRANSIT_MODES)[number];
type CargoType = (typeof CARGO_TYPES)[number];

/** A parameter key read as what it measures, for which mode and which cargo: `cost_usd_per_tonne_km.sea.reefer`. */
export type ParameterKeyParts = { quantity: string; mode: TransitMode | null; cargo: CargoType | null };

const isMode = (part: string | undefined): part is TransitMode => TRANSIT_MODES.includes(part as TransitMode);
const isCargo = (part: string | undefined): part is CargoType => CARGO_TYPES.includes(part as CargoType);

export function splitParameterKey(key: string): ParameterKeyParts {
  const [quantity = key, mode, cargo] = key.split('.');
  return { quantity, mode: isMode(mode) ? mode : null, cargo: isCargo(cargo) ? cargo : null };
}

type Translate = (key: string) => string;

/**
 * The parameter's name in the reader's language: "Freight rate · Sea · Reefer". The mode and the cargo
 * are joined rather than woven into a sentence, so no language needs their grammatical cases.
 */
export function parameterLabel(key: string, translate: Translate): string {
  const { quantity, mode, cargo } = splitParameterKey(key);
  const parts = [translate(`quantity.${quantity}`)];
  if (mode) parts.push(translate(`mode.${mode}`));
  if (cargo) parts.push(translate(`cargo.${cargo}`));
  return parts.join(' · ');
}
