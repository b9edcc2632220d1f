import type { RequestContext } from '../../platform/context/request-context.ts';
import { languageNameIn } from '../../platform/i18n/language-names.ts';
import { LOCALE_DIRECTION, type Locale } from '../../platform/i18n/locales.ts';
import { textIn } from '../../platform/i18n/localized-text.ts';
import { writeTableWorkbook } from '../../platform/xlsx/table-workbook.ts';
import { listProvinces } from '../provinces/service.ts';
import { listBuyerInterests } from './buyer-interests.ts';
import { listExhibitors } from './exhibitors.ts';
import {
  BUYER_INTEREST_COLUMNS,
  buyerInterestRow,
  EXHIBITOR_COLUMNS,
  exhibitorRow,
  headersIn,
} from './export-columns.ts';

const PAGE_SIZE = 200;

async function namesIn(context: RequestContext, locale: Locale) {
  const provinces = new Map((await listProvinces(context)).map((province) => [province.id, province]));
  const countries = new Intl.DisplayNames([locale], { type: 'region' });
  return {
    provinceName: (id: string | null) => (id ? textIn(provinces.get(id)?.names ?? {}, locale) || id : ''),
    countryName: (code: string) => countries.of(code) ?? code,
    languageName: (code: string) => languageNameIn(code, locale),
  };
}

function workbookOf(name: string, header: string[], rows: (string | number)[][], locale: Locale): Promise<Buffer> {
  const table = { name, header, rows, columnWidths: header.map(() => 24) };
  return writeTableWorkbook([table], { rightToLeft: LOCALE_DIRECTION[locale] === 'rtl' });
}

/** The whole public directory of one expo, in the chosen language (which a query may set apart from the request's). */
export async function exportExhibitors(context: RequestContext, expoId: string, locale: Locale): Promise<Buffer> {
  const names = await namesIn(context, locale);
  const rows: (string | number)[][] = [];
  for (let offset = 0; ; offset += PAGE_SIZE) {
    const page = await listExhibitors(context, expoId, { limit: PAGE_SIZE, offset });
    rows.push(...page.items.map((exhibitor) => exhibitorRow(exhibitor, locale, names)));
    if (page.items.length < PAGE_SIZE) break;
  }
  return workbookOf('exhibitors', headersIn(EXHIBITOR_COLUMNS, locale), rows, locale);
}

/** Buyers' interests with their matching exhibitors; for signed-in users, as the list is. */
export async function exportBuyerInterests(context: RequestContext, expoId: string, locale: Locale): Promise<Buffer> {
  const interests = await listBuyerInterests(context, expoId);
  const names = await namesIn(context, locale);
  return workbookOf(
    'buyer-interests',
    headersIn(BUYER_INTEREST_COLUMNS, locale),
    interests.map((interest) => buyerInterestRow(interest, locale, names)),
    locale,
  );
}
