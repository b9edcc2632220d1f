import type { LocalizedText } from '../../platform/i18n/localized-text.ts';
import { normaliseText } from '../../platform/text/normalise-text.ts';
import type { SearchDocumentInput } from './model.ts';
import type { IndexedDocument } from './repository.ts';
import { indexWordsOf } from './rules.ts';

const textsOf = (text: LocalizedText) => Object.values(text).filter((value): value is string => Boolean(value));

/** A subcategory `sector.sub` brings its sector, so a query read as the sector finds it too. */
export function withSectors(codes: readonly string[]): string[] {
  return [...new Set(codes.flatMap((code) => (code.includes('.') ? [code, code.split('.')[0]!] : [code])))];
}

/** The row a document is stored as, with its texts normalised, and the words it is found by. */
export function toIndexedDocument(input: SearchDocumentInput): IndexedDocument {
  const text = normaliseText([...textsOf(input.title), ...textsOf(input.body), ...input.extraTerms].join(' \n '));
  return { row: documentRowOf(input), words: indexWordsOf(text) };
}

function documentRowOf(input: SearchDocumentInput) {
  return {
    type: input.type,
    id: input.id,
    language: input.language,
    title: input.title,
    body: input.body,
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
