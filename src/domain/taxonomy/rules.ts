import type { Locale } from '../../platform/i18n/locales.ts';
import type { NewTaxonomyNode, TaxonomyChanges, TaxonomyNode } from './model.ts';

/** Two levels: a sector code, or a sector code, a dot and a subcategory code. */
export const TAXONOMY_CODE_PATTERN = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)?$/;

export function parentCodeOf(code: string): string | null {
  const dot = code.indexOf('.');
  return dot === -1 ? null : code.slice(0, dot);
}

export type AddCheck =
  | { ok: true }
  | {
      ok: false;
      code:
        | 'taxonomy_code_taken'
        | 'taxonomy_parent_not_found'
        | 'taxonomy_parent_retired'
        | 'taxonomy_parent_mismatch';
    };

export function checkNewNode(node: NewTaxonomyNode, existing: ReadonlyMap<string, TaxonomyNode>): AddCheck {
  if (existing.has(node.code)) return { ok: false, code: 'taxonomy_code_taken' };
  if (node.parentCode !== parentCodeOf(node.code)) return { ok: false, code: 'taxonomy_parent_mismatch' };
  if (node.parentCode === null) return { ok: true };
  const parent = existing.get(node.parentCode);
  if (!parent) return { ok: false, code: 'taxonomy_parent_not_found' };
  return parent.retiredAt ? { ok: false, code: 'taxonomy_parent_retired' } : { ok: true };
}

/**
 * Renaming merges the new labels into the old ones (an empty label removes that language);
 * a language the secretariat renames or marks as reviewed no longer needs review.
 */
export function applyTaxonomyChanges(node: TaxonomyNode, changes: TaxonomyChanges, now: Date): TaxonomyNode {
  const labels = { ...node.labels };
  for (const [locale, label] of Object.entries(changes.labels ?? {})) {
    if (label && label.trim() !== '') labels[locale as Locale] = label.trim();
    else delete labels[locale as Locale];
  }
  const settled = new Set<string>([...Object.keys(changes.labels ?? {}), ...(changes.reviewed ?? [])]);
  return {
    ...node,
    labels,
    labelsToReview: node.labelsToReview.filter((locale) => !settled.has(locale)),
    hsCodes: changes.hsCodes ?? node.hsCodes,
    isicCodes: changes.isicCodes ?? node.isicCodes,
    retiredAt: changes.retired === undefined ? node.retiredAt : changes.retired ? (node.retiredAt ?? now) : null,
    updatedAt: now,
  };
}

/** Retiring a sector retires its subcategories with it; bringing one back needs its sector active. */
export function codesAffectedByRetirement(code: string, all: readonly TaxonomyNode[]): string[] {
  return [code, ...all.filter((node) => node.parentCode === code).map((node) => node.code)];
}
