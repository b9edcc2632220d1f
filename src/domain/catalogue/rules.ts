import { LOCALES, type Locale } from '../../platform/i18n/locales.ts';
import type { Target } from '../../platform/identity/permissions.ts';
import type { CatalogueItem, ItemContent, ItemStatus } from './model.ts';

const TRANSITIONS: Record<ItemStatus, readonly ItemStatus[]> = {
  draft: ['published', 'archived'],
  published: ['archived'],
  archived: ['published'],
};

/** What `item.write` is decided on: the item's province, and the organisation it is written for. */
export function itemTargetOf(item: Pick<ItemContent, 'provinceId' | 'organisation'>): Target {
  return { provinceId: item.provinceId, organisation: item.organisation?.name ?? null };
}

export function canChangeStatus(from: ItemStatus, to: ItemStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Languages a reader may choose but the author has not yet written the title in. */
export function missingTranslations(item: Pick<ItemContent, 'title'>): Locale[] {
  return LOCALES.filter((locale) => !item.title[locale]?.trim());
}

/** The script each language is written in; a text in another script is probably mislabelled. */
const EXPECTED_SCRIPT: Record<Locale, RegExp> = {
  fa: /\p{Script=Arabic}/u,
  ru: /\p{Script=Cyrillic}/u,
  kk: /\p{Script=Cyrillic}/u,
  en: /\p{Script=Latin}/u,
  az: /\p{Script=Latin}/u,
  tk: /\p{Script=Latin}/u,
};
const ANY_LETTER = /\p{L}/gu;

export type ScriptWarning = { path: string; code: 'script_mismatch'; language: Locale };

/**
 * Warns (never refuses) when most letters of a text are not in the script of its declared
 * language, e.g. Cyrillic text marked as Persian. Names and codes in another script are fine.
 */
export function findScriptMismatches(content: Pick<ItemContent, 'title' | 'description'>): ScriptWarning[] {
  return (['title', 'description'] as const).flatMap((field) =>
    Object.entries(content[field])
      .filter(([locale, text]) => text && isMostlyOtherScript(text, locale as Locale))
      .map(([locale]) => ({
        path: `${field}.${locale}`,
        code: 'script_mismatch' as const,
        language: locale as Locale,
      })),
  );
}

function isMostlyOtherScript(text: string, locale: Locale): boolean {
  const letters = text.match(ANY_LETTER) ?? [];
  if (letters.length < 3) return false;
  const inScript = letters.filter((letter) => EXPECTED_SCRIPT[locale].test(letter)).length;
  return inScript / letters.length < 0.5;
}

/** Where an edit lands: the new content, one version further, published the first time it is. */
export function applyItemChange(
  item: CatalogueItem,
  change: Partial<ItemContent> & { status?: ItemStatus },
  now: Date,
): CatalogueItem {
  const status = change.status ?? item.status;
  return {
    ...item,
    ...change,
    status,
    version: item.version + 1,
    updatedAt: now,
    publishedAt: status === 'published' && !item.publishedAt ? now : item.publishedAt,
  };
}

/** True while the item is valid on that day (dates are inclusive; no date means open-ended). */
export function isValidOn(item: Pick<ItemContent, 'validFrom' | 'validUntil'>, isoDate: string): boolean {
  return (!item.validFrom || item.validFrom <= isoDate) && (!item.validUntil || isoDate <= item.validUntil);
}
