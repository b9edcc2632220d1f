import { LOCALES, type Locale } from '../src/platform/i18n/locales.ts';
import type { TaxonomyNode } from '../src/domain/taxonomy/model.ts';
import { localized } from './build-seed.ts';

type ReferenceLabels = Record<string, string | string[] | undefined> & { needs_review?: string[] };
type ReferenceSubcategory = { id: string; labels: ReferenceLabels; hs_chapters?: string[]; isic_rev4?: string[] };
type ReferenceSector = ReferenceSubcategory & { summit_panel?: string | null; subcategories: ReferenceSubcategory[] };
export type ReferenceTaxonomy = { sectors: ReferenceSector[] };

const toReview = (labels: ReferenceLabels): Locale[] =>
  (labels.needs_review ?? []).filter((locale): locale is Locale => (LOCALES as readonly string[]).includes(locale));

/** Sectors first, each followed by its subcategories, in the reference order. */
export function buildTaxonomyRows(taxonomy: ReferenceTaxonomy, now: Date): TaxonomyNode[] {
  let position = 0;
  const node = (
    code: string,
    parentCode: string | null,
    source: ReferenceSubcategory,
    panelRef: string | null,
  ): TaxonomyNode => ({
    code,
    parentCode,
    labels: localized(source.labels),
    labelsToReview: toReview(source.labels),
    hsCodes: source.hs_chapters ?? [],
    isicCodes: source.isic_rev4 ?? [],
    panelRef,
    position: ++position,
    retiredAt: null,
    updatedAt: now,
  });
  return taxonomy.sectors.flatMap((sector) => [
    node(sector.id, null, sector, sector.summit_panel ?? null),
    ...sector.subcategories.map((sub) => node(`${sector.id}.${sub.id}`, sector.id, sub, sector.summit_panel ?? null)),
  ]);
}
