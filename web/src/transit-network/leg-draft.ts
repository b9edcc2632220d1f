import type { TransitLeg } from '../api/types.ts';
import { numberText, readNumber } from './number-text.ts';

// Taken from the leg's view: CreateTransitLegRequest is the input of a refined schema, which zod types as unknown.
export type LegRequest = Pick<
  TransitLeg,
  | 'fromNodeId'
  | 'toNodeId'
  | 'mode'
  | 'status'
  | 'distanceKm'
  | 'distanceSource'
  | 'crossesBorder'
  | 'gaugeBreak'
  | 'note'
>;
type LegStatus = LegRequest['status'];

/** A leg as the form holds it: the distance as the text typed. */
export type LegDraft = Omit<LegRequest, 'distanceKm' | 'distanceSource' | 'note'> & {
  id: string;
  distanceKm: string;
  distanceSource: string;
  note: string;
};

export function legDraftOf(leg?: TransitLeg): LegDraft {
  return {
    id: leg?.id ?? '',
    fromNodeId: leg?.fromNodeId ?? '',
    toNodeId: leg?.toNodeId ?? '',
    mode: leg?.mode ?? 'rail',
    status: leg?.status ?? 'operational',
    distanceKm: numberText(leg?.distanceKm),
    distanceSource: leg?.distanceSource ?? '',
    crossesBorder: leg?.crossesBorder ?? false,
    gaugeBreak: leg?.gaugeBreak ?? false,
    note: leg?.note ?? '',
  };
}

export function legRequestOf(draft: LegDraft): LegRequest {
  return {
    fromNodeId: draft.fromNodeId,
    toNodeId: draft.toNodeId,
    mode: draft.mode,
    status: draft.status,
    distanceKm: readNumber(draft.distanceKm),
    distanceSource: draft.distanceSource.trim() || null,
    crossesBorder: draft.crossesBorder,
    // A gauge break exists only on rail: switching the mode away clears it rather than failing.
    gaugeBreak: draft.mode === 'rail' && draft.gaugeBreak,
    note: draft.note.trim() || null,
  };
}

/** The whole leg as PUT wants it, with another status: the one-click "now operational". */
export function legWithStatus(leg: TransitLeg, status: LegStatus): LegRequest {
  return { ...legRequestOf(legDraftOf(leg)), status };
}

/** The network names legs `from__to__mode` (city-rasht__bc-astara__rail); a new leg is offered that id. */
export function legIdFor(fromNodeId: string, toNodeId: string, mode: string): string {
  return fromNodeId && toNodeId ? `${fromNodeId}__${toNodeId}__${mode}` : '';
}
