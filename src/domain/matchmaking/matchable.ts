import type { CatalogueItem } from '../catalogue/model.ts';
import { wordKeysOf } from '../search/rules.ts';
import type { MatchableItem } from './model.ts';

/** An item as matchmaking compares it: its codes, its words in every language it is written in, its terms. */
export function toMatchable(item: CatalogueItem, countryCode: string | null): MatchableItem {
  const texts = [...Object.values(item.title), ...Object.values(item.description)].filter(Boolean);
  return {
    id: item.id,
    kind: item.kind,
    provinceId: item.provinceId,
    countryCode,
    language: item.language,
    taxonomyCodes: item.taxonomyCodes,
    hsCodes: item.hsCodes,
    textKeys: wordKeysOf(texts.join(' ')),
    quantity: item.quantity,
    seasonMonths: item.seasonMonths,
    validFrom: item.validFrom,
    validUntil: item.validUntil,
    contactLanguages: item.contactLanguages,
    updatedAt: item.updatedAt,
  };
}
