import ExcelJS from 'exceljs';
import type { Executor } from '../../platform/db/client.ts';
import { languageNameIn } from '../../platform/i18n/language-names.ts';
import { LOCALE_DIRECTION, type Locale } from '../../platform/i18n/locales.ts';
import type { Actor } from '../accounts/model.ts';
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
import { textIn } from '../../platform/i18n/localized-text.ts';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PAGE_SIZE = 200;

async function namesIn(db: Executor, locale: Locale) {
  const provinces = new Map((await listProvinces(db)).map((province) => [province.id, province]));
  const countries = new Intl.DisplayNames([locale], { type: 'region' });
  return {
    provinceName: (id: string | null) => (id ? textIn(provinces.get(id)?.names ?? {}, locale) || id : ''),
    countryName: (code: string) => countries.of(code) ?? code,
    languageName: (code: string) => languageNameIn(code, locale),
  };
}

async function workbookOf(
  sheetName: string,
  header: string[],
  rows: (string | number)[][],
  locale: Locale,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName, {
    views: [{ state: 'frozen', ySplit: 1, rightToLeft: LOCALE_DIRECTION[locale] === 'rtl' }],
  });
  sheet.addRow(header).font = { bold: true };
  header.forEach((_title, index) => void (sheet.getColumn(index + 1).width = 24));
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The whole public directory of one expo, in the reader's language. */
export async function exportExhibitors(db: Executor, expoId: string, locale: Locale): Promise<Buffer> {
  const names = await namesIn(db, locale);
  const rows: (string | number)[][] = [];
  for (let offset = 0; ; offset += PAGE_SIZE) {
    const page = await listExhibitors(db, expoId, { limit: PAGE_SIZE, offset });
    rows.push(...page.items.map((exhibitor) => exhibitorRow(exhibitor, locale, names)));
    if (page.items.length < PAGE_SIZE) break;
  }
  return workbookOf('exhibitors', headersIn(EXHIBITOR_COLUMNS, locale), rows, locale);
}

/** Buyers' interests with their matching exhibitors; for signed-in users, as the list is. */
export async function exportBuyerInterests(
  db: Executor,
  actor: Actor | null,
  expoId: string,
  locale: Locale,
): Promise<Buffer> {
  const interests = await listBuyerInterests(db, actor, expoId);
  const names = await namesIn(db, locale);
  return workbookOf(
    'buyer-interests',
    headersIn(BUYER_INTEREST_COLUMNS, locale),
    interests.map((interest) => buyerInterestRow(interest, locale, names)),
    locale,
  );
}
