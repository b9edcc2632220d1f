import type { LocalizedText } from '../src/platform/i18n/localized-text.ts';
import type { Locale } from '../src/platform/i18n/locales.ts';
import type {
  CatalogueItem,
  Currency,
  ItemKind,
  OrganisationType,
  QuantityPeriod,
  QuantityUnit,
} from '../src/domain/catalogue/model.ts';

type DemoText = { title: string; description: string };
export type DemoItem = {
  id: string;
  provinceId: string;
  kind: ItemKind;
  organisation?: { name: string; type: OrganisationType };
  language: Locale;
  title: string;
  description: string;
  translations?: Partial<Record<Locale, DemoText>>;
  taxonomy: string[];
  hsCodes?: string[];
  quantity?: { amount: number; unit: QuantityUnit; period: QuantityPeriod };
  value?: { min?: number; max?: number; currency: Currency };
  seasonMonths?: number[];
  validFrom?: string;
  validUntil?: string;
  contactLanguages: Locale[];
};

function texts(item: DemoItem, field: keyof DemoText): LocalizedText {
  const translated = Object.entries(item.translations ?? {}).map(([locale, text]) => [locale, text[field]]);
  return { ...Object.fromEntries(translated), [item.language]: item[field] };
}

/** Demo items are published at once and flagged, so that every page can say they are invented. */
export function buildDemoItem(item: DemoItem, id: string, now: Date): CatalogueItem {
  return {
    id,
    kind: item.kind,
    provinceId: item.provinceId,
    organisation: item.organisation ?? null,
    language: item.language,
    title: texts(item, 'title'),
    description: texts(item, 'description'),
    taxonomyCodes: item.taxonomy.map((code) => code.replace('/', '.')),
    hsCodes: item.hsCodes ?? [],
    quantity: item.quantity ?? null,
    value: item.value
      ? { min: item.value.min ?? null, max: item.value.max ?? null, currency: item.value.currency }
      : null,
    seasonMonths: item.seasonMonths ?? [],
    validFrom: item.validFrom ?? null,
    validUntil: item.validUntil ?? null,
    contactLanguages: item.contactLanguages,
    ownerUserId: null,
    status: 'published',
    isDemo: true,
    version: 1,
    createdAt: now,
    updatedAt: now,
    publishedAt: now,
  };
}
