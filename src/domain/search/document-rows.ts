import type { LocalizedText } from '../../platform/i18n/localized-text.ts';
import { latinKey } from '../../platform/text/latin-key.ts';
import { normaliseText } from '../../platform/text/normalise-text.ts';
import type { SearchDocumentInput } from './model.ts';
import type { DocumentRow } from './repository.ts';

const textsOf = (text: LocalizedText) => Object.values(text).filter((value): value is string => Boolean(value));

/** A subcategory `sector.sub` brings its sector, so a query read as the sector finds it too. */
export function withSectors(codes: readonly string[]): string[] {
  return [...new Set(codes.flatMap((code) => (code.includes('.') ? [code, code.split('.')[0]!] : [code])))];
}

/** The row a document is stored as: its texts normalised and keyed for the trigram index. */
export function toDocumentRow(input: SearchDocumentInput): DocumentRow {
  const text = normaliseText([...textsOf(input.title), ...textsOf(input.body), ...input.extraTerms].join(' \n '));
  return {
    type: input.type,
    id: input.id,
    language: input.language,
    title: input.title,
    body: input.body,
    text,
    key: latinKey(text),
    kind: input.kind,
    countryCode: input.countryCode,
    provinceId: input.provinceId,
    taxonomyCodes: withSectors(input.taxonomyCodes),
    hsCodes: [...input.hsCodes],
    path: input.path,
    isDemo: input.isDemo,
    updatedAt: input.updatedAt,
  };
}
