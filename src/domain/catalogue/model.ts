import type { LocalizedText } from '../../platform/i18n/localized-text.ts';
import type { Locale } from '../../platform/i18n/locales.ts';

export const ITEM_KINDS = ['offer', 'need'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const ITEM_STATUSES = ['draft', 'published', 'archived'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export const ORGANISATION_TYPES = ['company', 'port', 'university', 'municipality', 'agency', 'cooperative'] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

/** Units a quantity can be counted in; a quantity without one means nothing across borders. */
export const QUANTITY_UNITS = ['t', 'kg', 'm3', 'l', 'pcs', 'teu', 'mwh', 'ha', 'rooms', 'visitors', 'km'] as const;
export type QuantityUnit = (typeof QUANTITY_UNITS)[number];

export const QUANTITY_PERIODS = ['once', 'month', 'season', 'year'] as const;
export type QuantityPeriod = (typeof QUANTITY_PERIODS)[number];

/** The currencies of the five countries, and the two the region trades in. */
export const CURRENCIES = ['USD', 'EUR', 'RUB', 'IRR', 'AZN', 'KZT', 'TMT'] as const;
export type Currency = (typeof CURRENCIES)[number];

export type Organisation = { name: string; type: OrganisationType };
export type Quantity = { amount: number; unit: QuantityUnit; period: QuantityPeriod | null };
export type ValueRange = { min: number | null; max: number | null; currency: Currency };

/** What an author writes; everything else about an item is kept by the platform. */
export type ItemContent = {
  kind: ItemKind;
  provinceId: string;
  organisation: Organisation | null;
  language: Locale;
  title: LocalizedText;
  description: LocalizedText;
  taxonomyCodes: string[];
  hsCodes: string[];
  quantity: Quantity | null;
  value: ValueRange | null;
  seasonMonths: number[];
  validFrom: string | null;
  validUntil: string | null;
  contactLanguages: Locale[];
};

/** An offer (a capacity) or a need (a problem) of a province, or of an organisation in it. */
export type CatalogueItem = ItemContent & {
  id: string;
  ownerUserId: string | null;
  status: ItemStatus;
  isDemo: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  publishedAt: Date | null;
};

export type ItemVersion = {
  itemId: string;
  version: number;
  change: string;
  changedBy: string | null;
  changedAt: Date;
  snapshot: CatalogueItem;
};

export type ItemFilter = {
  countryCodes?: string[];
  provinceIds?: string[];
  kind?: ItemKind;
  sector?: string;
  hsCode?: string;
  validOn?: string;
  text?: string;
  statuses: ItemStatus[];
  /** Drafts and archived items are visible only within this scope; null means everything. */
  scope: { provinceId?: string; organisation?: string } | null;
  limit: number;
  offset: number;
};
