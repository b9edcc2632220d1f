import { textIn } from '../../platform/i18n/localized-text.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import type { BuyerInterest, Exhibitor, TradeVolume } from './model.ts';

/**
 * Column titles of the expo's files in the reader's language. These files are for reading, not
 * for importing back, so unlike the catalogue's they carry translated headers.
 */
const HEADERS = {
  organisation: { en: 'Organisation', ru: 'Организация', fa: 'سازمان', az: 'Təşkilat', kk: 'Ұйым', tk: 'Gurama' },
  province: { en: 'Province', ru: 'Провинция', fa: 'استان', az: 'Əyalət', kk: 'Провинция', tk: 'Welaýat' },
  country: { en: 'Country', ru: 'Страна', fa: 'کشور', az: 'Ölkə', kk: 'Ел', tk: 'Ýurt' },
  description: { en: 'Description', ru: 'Описание', fa: 'توضیحات', az: 'Təsvir', kk: 'Сипаттама', tk: 'Düşündiriş' },
  products: { en: 'Products', ru: 'Продукция', fa: 'محصولات', az: 'Məhsullar', kk: 'Өнімдер', tk: 'Önümler' },
  hsCodes: {
    en: 'HS codes',
    ru: 'Коды ТН ВЭД (HS)',
    fa: 'کدهای HS',
    az: 'HS kodları',
    kk: 'HS кодтары',
    tk: 'HS kodlary',
  },
  booths: { en: 'Booths', ru: 'Стенды', fa: 'غرفه‌ها', az: 'Stendlər', kk: 'Стендтер', tk: 'Stendler' },
  contactLanguages: {
    en: 'Contact languages',
    ru: 'Языки общения',
    fa: 'زبان‌های ارتباط',
    az: 'Əlaqə dilləri',
    kk: 'Байланыс тілдері',
    tk: 'Aragatnaşyk dilleri',
  },
  email: { en: 'E-mail', ru: 'Эл. почта', fa: 'ایمیل', az: 'E-poçt', kk: 'Эл. пошта', tk: 'E-poçta' },
  website: { en: 'Website', ru: 'Сайт', fa: 'وب‌سایت', az: 'Veb-sayt', kk: 'Веб-сайт', tk: 'Web sahypa' },
  volume: { en: 'Volume', ru: 'Объём', fa: 'حجم', az: 'Həcm', kk: 'Көлем', tk: 'Möçber' },
  note: { en: 'Note', ru: 'Примечание', fa: 'یادداشت', az: 'Qeyd', kk: 'Ескертпе', tk: 'Bellik' },
  matches: {
    en: 'Matching exhibitors',
    ru: 'Подходящие экспоненты',
    fa: 'غرفه‌داران مرتبط',
    az: 'Uyğun sərgi iştirakçıları',
    kk: 'Сәйкес экспоненттер',
    tk: 'Laýyk gelýän sergi gatnaşyjylary',
  },
  demo: { en: 'Demo', ru: 'Демо', fa: 'نمونه', az: 'Demo', kk: 'Демо', tk: 'Demo' },
} satisfies Record<string, Record<Locale, string>>;
const PERIODS: Record<TradeVolume['period'], Record<Locale, string>> = {
  once: { en: 'once', ru: 'разово', fa: 'یک‌باره', az: 'birdəfəlik', kk: 'бір рет', tk: 'bir gezek' },
  month: { en: 'per month', ru: 'в месяц', fa: 'در ماه', az: 'ayda', kk: 'айына', tk: 'aýda' },
  year: { en: 'per year', ru: 'в год', fa: 'در سال', az: 'ildə', kk: 'жылына', tk: 'ýylda' },
};
export type ExpoColumn = keyof typeof HEADERS;

export const EXHIBITOR_COLUMNS: readonly ExpoColumn[] = [
  'organisation',
  'province',
  'description',
  'products',
  'hsCodes',
  'booths',
  'contactLanguages',
  'email',
  'website',
  'demo',
];
export const BUYER_INTEREST_COLUMNS: readonly ExpoColumn[] = [
  'organisation',
  'country',
  'province',
  'hsCodes',
  'volume',
  'note',
  'contactLanguages',
  'matches',
  'demo',
];

export function headersIn(columns: readonly ExpoColumn[], locale: Locale): string[] {
  return columns.map((column) => HEADERS[column][locale]);
}

type Names = {
  provinceName: (id: string | null) => string;
  countryName: (code: string) => string;
  languageName: (code: string) => string;
};

export function exhibitorRow(
  exhibitor: Exhibitor & { booths: { code: string }[] },
  locale: Locale,
  names: Names,
): (string | number)[] {
  const cells: Record<(typeof EXHIBITOR_COLUMNS)[number], string> = {
    organisation: exhibitor.organisation,
    province: names.provinceName(exhibitor.provinceId),
    description: textIn(exhibitor.description, locale),
    products: exhibitor.products
      .map((product) => `${textIn(product.name, locale)} (${product.hsCodes.join(', ')})`)
      .join('; '),
    hsCodes: exhibitor.hsCodes.join(', '),
    booths: exhibitor.booths.map((booth) => booth.code).join(', '),
    contactLanguages: exhibitor.contactLanguages.map(names.languageName).join(', '),
    email: exhibitor.email ?? '',
    website: exhibitor.website ?? '',
    demo: exhibitor.isDemo ? HEADERS.demo[locale] : '',
  } as Record<ExpoColumn, string>;
  // Text, formula-like or not, goes out as is: the workbook writes it as a text cell (see table-workbook.ts).
  return EXHIBITOR_COLUMNS.map((column) => cells[column]);
}

export function buyerInterestRow(
  interest: BuyerInterest & { matches: { organisation: string }[] },
  locale: Locale,
  names: Names,
): (string | number)[] {
  const volume = interest.volume
    ? `${interest.volume.amount} ${interest.volume.unit} ${PERIODS[interest.volume.period][locale]}`
    : '';
  const cells = {
    organisation: interest.organisation,
    country: names.countryName(interest.countryCode),
    province: interest.provinceId ? names.provinceName(interest.provinceId) : '',
    hsCodes: interest.hsCodes.join(', '),
    volume,
    note: textIn(interest.note, locale),
    contactLanguages: interest.contactLanguages.map(names.languageName).join(', '),
    matches: interest.matches.map((match) => match.organisation).join('; '),
    demo: interest.isDemo ? HEADERS.demo[locale] : '',
  } as Record<ExpoColumn, string>;
  return BUYER_INTEREST_COLUMNS.map((column) => cells[column]);
}
