import type { LocalizedText } from '../../platform/i18n/localized-text.ts';
import type { Locale } from '../../platform/i18n/locales.ts';

/** A sector ("energy") or one of its subcategories ("energy.electricity"). */
export type TaxonomyNode = {
  code: string;
  parentCode: string | null;
  labels: LocalizedText;
  labelsToReview: Locale[];
  hsCodes: string[];
  isicCodes: string[];
  panelRef: string | null;
  position: number;
  retiredAt: Date | null;
  updatedAt: Date;
};

export type NewTaxonomyNode = Pick<TaxonomyNode, 'code' | 'parentCode' | 'labels' | 'hsCodes' | 'isicCodes'>;

export type TaxonomyChanges = {
  labels?: LocalizedText;
  reviewed?: Locale[];
  hsCodes?: string[];
  isicCodes?: string[];
  retired?: boolean;
};
