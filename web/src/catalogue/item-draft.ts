import type { CatalogueItem, UpdateItemRequest, User } from '../api/types.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';

type Content = Required<Pick<UpdateItemRequest, 'kind' | 'provinceId' | 'language' | 'title' | 'taxonomyCodes'>> &
  UpdateItemRequest;
type OrganisationType = NonNullable<CatalogueItem['organisation']>['type'];
type Quantity = NonNullable<CatalogueItem['quantity']>;
type Currency = NonNullable<CatalogueItem['value']>['currency'];
type Texts = Record<Locale, string>;

/** What the form holds: text as typed (numbers too, so that Persian digits can be typed), one field per input. */
export type ItemDraft = {
  kind: CatalogueItem['kind'];
  provinceId: string;
  organisationName: string;
  organisationType: OrganisationType;
  language: Locale;
  title: Texts;
  description: Texts;
  taxonomyCodes: string[];
  hsCodes: string;
  quantityAmount: string;
  quantityUnit: Quantity['unit'] | '';
  quantityPeriod: NonNullable<Quantity['period']> | '';
  valueMin: string;
  valueMax: string;
  currency: Currency;
  seasonMonths: number[];
  validFrom: string;
  validUntil: string;
  contactLanguages: Locale[];
};

const texts = (value: Partial<Texts> = {}): Texts =>
  Object.fromEntries(LOCALES.map((locale) => [locale, value[locale] ?? ''])) as Texts;

/** A delegate writes for their own province, an exhibitor or buyer for their organisation, in the page's language. */
export function newDraft(user: User | null, locale: Locale): ItemDraft {
  return {
    kind: 'offer',
    provinceId: user?.role === 'delegation_member' ? (user.provinceId ?? '') : '',
    organisationName: user?.organisation ?? '',
    organisationType: 'company',
    language: locale,
    title: texts(),
    description: texts(),
    taxonomyCodes: [],
    hsCodes: '',
    quantityAmount: '',
    quantityUnit: '',
    quantityPeriod: '',
    valueMin: '',
    valueMax: '',
    currency: 'USD',
    seasonMonths: [],
    validFrom: '',
    validUntil: '',
    contactLanguages: [locale],
  };
}

export function draftOf(item: CatalogueItem): ItemDraft {
  const number = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));
  return {
    kind: item.kind,
    provinceId: item.provinceId,
    organisationName: item.organisation?.name ?? '',
    organisationType: item.organisation?.type ?? 'company',
    language: item.language,
    title: texts(item.title),
    description: texts(item.description),
    taxonomyCodes: item.taxonomyCodes,
    hsCodes: item.hsCodes.join(', '),
    quantityAmount: number(item.quantity?.amount),
    quantityUnit: item.quantity?.unit ?? '',
    quantityPeriod: item.quantity?.period ?? '',
    valueMin: number(item.value?.min),
    valueMax: number(item.value?.max),
    currency: item.value?.currency ?? 'USD',
    seasonMonths: item.seasonMonths,
    validFrom: item.validFrom ?? '',
    validUntil: item.validUntil ?? '',
    contactLanguages: item.contactLanguages,
  };
}

/** Persian (۱۲۳) and Arabic (١٢٣) digits and separators become a number; anything else is left for the server to refuse. */
export function parseAmount(text: string): number {
  const western = text
    .replace(/[۰-۹]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0))
    .replace(/[٠-٩]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .replace(/[٬,\s\u00a0\u202f]/g, '')
    .replace('٫', '.');
  return Number(western);
}

const filled = (value: Texts) =>
  Object.fromEntries(
    Object.entries(value)
      .map(([locale, text]) => [locale, text.trim()])
      .filter(([, text]) => text),
  ) as Partial<Texts>;
const amountOrNull = (text: string) => (text.trim() ? parseAmount(text) : null);

/** The request body; empty optional parts are sent as null so that an edit can clear them. */
export function contentOf(draft: ItemDraft): Content {
  const quantityAmount = amountOrNull(draft.quantityAmount);
  const valueMin = amountOrNull(draft.valueMin);
  const valueMax = amountOrNull(draft.valueMax);
  return {
    kind: draft.kind,
    provinceId: draft.provinceId,
    organisation: draft.organisationName.trim()
      ? { name: draft.organisationName.trim(), type: draft.organisationType }
      : null,
    language: draft.language,
    title: filled(draft.title),
    description: filled(draft.description),
    taxonomyCodes: draft.taxonomyCodes,
    hsCodes: draft.hsCodes.split(/[\s,،;]+/).filter(Boolean),
    quantity:
      quantityAmount === null
        ? null
        : { amount: quantityAmount, unit: draft.quantityUnit || undefined, period: draft.quantityPeriod || null },
    value: valueMin === null && valueMax === null ? null : { min: valueMin, max: valueMax, currency: draft.currency },
    seasonMonths: [...draft.seasonMonths].sort((a, b) => a - b),
    validFrom: draft.validFrom || null,
    validUntil: draft.validUntil || null,
    contactLanguages: draft.contactLanguages,
  };
}
