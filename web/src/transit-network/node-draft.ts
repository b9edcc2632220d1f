import type { CreateTransitNodeRequest, TransitNode } from '../api/types.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { numberText, readNumber, readRequiredNumber } from './number-text.ts';

type NodeKind = CreateTransitNodeRequest['kind'];

/** A node as the form holds it: numbers and lists as the text typed. */
export type NodeDraft = {
  id: string;
  kind: NodeKind;
  countries: string;
  provinceId: string;
  names: Record<Locale, string>;
  lat: string;
  lon: string;
  coordinatesAssumed: boolean;
  coordinatesNote: string;
  borderDwellHours: string;
  maxDraftM: string;
  note: string;
};

/** The body of PUT /api/transit/nodes/:id. A blank coordinate is sent as null: the server then names the field. */
export type NodeRequest = Omit<CreateTransitNodeRequest, 'id'>;

export function nodeDraftOf(node?: TransitNode): NodeDraft {
  return {
    id: node?.id ?? '',
    kind: node?.kind ?? 'city',
    countries: node?.countries.join(', ') ?? '',
    provinceId: node?.provinceId ?? '',
    names: Object.fromEntries(LOCALES.map((locale) => [locale, node?.names[locale] ?? ''])) as Record<Locale, string>,
    lat: numberText(node?.lat),
    lon: numberText(node?.lon),
    coordinatesAssumed: node?.coordinatesAssumed ?? true,
    coordinatesNote: node?.coordinatesNote ?? '',
    borderDwellHours: numberText(node?.borderDwellHours),
    maxDraftM: numberText(node?.maxDraftM),
    note: node?.note ?? '',
  };
}

const textOrNull = (text: string) => text.trim() || null;

/** "ir, az" or "IR AZ" → ["IR", "AZ"]. */
export function readCountries(text: string): string[] {
  return text
    .split(/[\s,،;]+/)
    .filter(Boolean)
    .map((code) => code.toUpperCase());
}

export function nodeRequestOf(draft: NodeDraft): NodeRequest {
  // A name left blank is absent, not an empty text: the page then says which language it is shown in.
  const names = Object.fromEntries(
    LOCALES.map((locale) => [locale, draft.names[locale].trim()]).filter(([, name]) => name),
  );
  return {
    kind: draft.kind,
    countries: readCountries(draft.countries),
    provinceId: textOrNull(draft.provinceId),
    names,
    lat: readRequiredNumber(draft.lat),
    lon: readRequiredNumber(draft.lon),
    coordinatesAssumed: draft.coordinatesAssumed,
    coordinatesNote: textOrNull(draft.coordinatesNote),
    borderDwellHours: readNumber(draft.borderDwellHours),
    maxDraftM: readNumber(draft.maxDraftM),
    note: textOrNull(draft.note),
  };
}

/** Node ids are lowercase words joined by '-', e.g. port-olya; typed ids are brought into that shape. */
export function nodeIdOf(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
