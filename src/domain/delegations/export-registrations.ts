import type { TFunction } from 'i18next';
import type { RequestContext } from '../../platform/context/request-context.ts';
import { countryNameIn, languageNameIn } from '../../platform/i18n/language-names.ts';
import { LOCALE_DIRECTION, type Locale } from '../../platform/i18n/locales.ts';
import { textIn } from '../../platform/i18n/localized-text.ts';
import {
  CELL_FORMAT,
  calendarDay,
  type TableCell,
  wallClock,
  writeTableWorkbook,
} from '../../platform/xlsx/table-workbook.ts';
import { listProvinces } from '../provinces/service.ts';
import { findRegistrationWindow } from './edition-window.ts';
import type { Registration } from './model.ts';
import type { VisaLetterEntry } from './visa-letters.ts';

/**
 * Whom a workbook is for: their language (headings, words, province and country names) and the
 * edition's time zone, in which registration times are shown and which the headings name.
 */
export type ExportReader = {
  t: TFunction;
  locale: Locale;
  timeZone: string;
  provinceName: (provinceId: string | null) => string;
};

type Column<T> = { key: string; width: number; format?: string; value: (row: T) => TableCell };

/** The reader of an edition's exports: `t` in the request's language, the edition's zone, the provinces' names. */
export async function exportReaderFor(context: RequestContext, t: TFunction, editionId: string): Promise<ExportReader> {
  const { timeZone } = await findRegistrationWindow(context, editionId);
  const names = new Map((await listProvinces(context)).map((province) => [province.id, province.names]));
  return {
    t,
    locale: context.locale,
    timeZone,
    provinceName: (id) => (id ? textIn(names.get(id), context.locale) || id : ''),
  };
}

const yesNo = (t: TFunction, value: boolean) => t(value ? 'registration.yes' : 'registration.no');
const orNull = (text: string | null) => text || null;

function registrationColumns({ t, locale, timeZone, provinceName }: ExportReader): Column<Registration>[] {
  return [
    { key: 'nameLatin', width: 28, value: (row) => row.nameLatin },
    { key: 'nameNative', width: 28, value: (row) => row.nameNative },
    { key: 'role', width: 16, value: (row) => t(`registration.role.${row.role}`) },
    { key: 'status', width: 14, value: (row) => t(`registration.status.${row.status}`) },
    { key: 'province', width: 22, value: (row) => orNull(provinceName(row.provinceId)) },
    { key: 'country', width: 18, value: (row) => countryNameIn(row.countryCode, locale) },
    { key: 'position', width: 28, value: (row) => row.position },
    { key: 'organisation', width: 30, value: (row) => row.organisation },
    { key: 'email', width: 30, value: (row) => row.email },
    // Written as text: "+98 13 3333 4444" and "09121234567" are not numbers to Excel.
    { key: 'phone', width: 18, value: (row) => row.phone },
    {
      key: 'languages',
      width: 24,
      value: (row) => row.languages.map((language) => languageNameIn(language, locale)).join(', '),
    },
    {
      key: 'createdAt',
      width: 18,
      format: CELL_FORMAT.dateTime,
      value: (row) => wallClock(row.createdAt, timeZone),
    },
    { key: 'decisionReason', width: 30, value: (row) => row.decisionReason },
    { key: 'visaLetter', width: 12, value: (row) => yesNo(t, row.visaLetterRequested) },
    { key: 'demo', width: 8, value: (row) => yesNo(t, row.isDemo) },
  ];
}

function visaColumns({ t, locale, timeZone, provinceName }: ExportReader): Column<VisaLetterEntry>[] {
  return [
    { key: 'nameLatin', width: 28, value: (row) => row.participant.nameLatin },
    { key: 'role', width: 16, value: (row) => t(`registration.role.${row.participant.role}`) },
    { key: 'status', width: 14, value: (row) => t(`registration.status.${row.participant.status}`) },
    { key: 'province', width: 22, value: (row) => orNull(provinceName(row.participant.provinceId)) },
    { key: 'fullNameInPassport', width: 30, value: (row) => row.fullNameInPassport },
    { key: 'passportNumber', width: 18, value: (row) => row.passportNumber },
    { key: 'nationality', width: 18, value: (row) => countryNameIn(row.nationality, locale) },
    { key: 'dateOfBirth', width: 14, format: CELL_FORMAT.date, value: (row) => calendarDay(row.dateOfBirth) },
    {
      key: 'passportExpiresOn',
      width: 14,
      format: CELL_FORMAT.date,
      value: (row) => calendarDay(row.passportExpiresOn),
    },
    {
      key: 'requestedAt',
      width: 18,
      format: CELL_FORMAT.dateTime,
      value: (row) => wallClock(row.requestedAt, timeZone),
    },
  ];
}

function writeTable<T>(reader: ExportReader, sheet: string, columns: Column<T>[], rows: readonly T[]): Promise<Buffer> {
  const { t, timeZone, locale } = reader;
  const table = {
    name: t(`registration.sheet.${sheet}`),
    // A time column names the zone its times are in: Excel's dates carry none.
    header: columns.map((column) => t(`registration.column.${column.key}`, { timeZone })),
    rows: rows.map((row) => columns.map((column) => column.value(row))),
    columnWidths: columns.map((column) => column.width),
    columnFormats: columns.map((column) => column.format),
  };
  return writeTableWorkbook([table], { rightToLeft: LOCALE_DIRECTION[locale] === 'rtl' });
}

/**
 * Registrations (or a delegation's members) as a workbook in the reader's language: typed cells
 * (registration time as a date in the edition's zone, phone numbers as text), names, not codes.
 */
export function writeRegistrationsWorkbook(
  reader: ExportReader,
  sheet: 'registrations' | 'members',
  rows: readonly Registration[],
): Promise<Buffer> {
  return writeTable(reader, sheet, registrationColumns(reader), rows);
}

export function writeVisaLettersWorkbook(reader: ExportReader, rows: readonly VisaLetterEntry[]): Promise<Buffer> {
  return writeTable(reader, 'visaLetters', visaColumns(reader), rows);
}
