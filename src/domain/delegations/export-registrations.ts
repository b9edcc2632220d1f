import type { TFunction } from 'i18next';
import { formatInstant } from '../../platform/i18n/format-instant.ts';
import { languageNameIn } from '../../platform/i18n/language-names.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import { writeTableWorkbook } from '../../platform/xlsx/table-workbook.ts';
import type { Registration } from './model.ts';
import type { VisaLetterEntry } from './visa-letters.ts';

type Cell = string | number | null;
type Column<T> = { key: string; width: number; value: (row: T) => Cell };

// A text cell that starts like a formula could run as one once the file is saved as CSV or
// pasted elsewhere (CSV injection, OWASP); as in the catalogue's export, it gets an apostrophe.
const FORMULA_START = /^[=+\-@\t\r]/;
export const guardFormula = (cell: Cell): Cell =>
  typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell;

function registrationColumns(t: TFunction, locale: Locale, timeZone: string): Column<Registration>[] {
  return [
    { key: 'nameLatin', width: 28, value: (row) => row.nameLatin },
    { key: 'nameNative', width: 28, value: (row) => row.nameNative },
    { key: 'role', width: 16, value: (row) => t(`registration.role.${row.role}`) },
    { key: 'status', width: 14, value: (row) => t(`registration.status.${row.status}`) },
    { key: 'province', width: 18, value: (row) => row.provinceId },
    { key: 'country', width: 10, value: (row) => row.countryCode },
    { key: 'position', width: 28, value: (row) => row.position },
    { key: 'organisation', width: 30, value: (row) => row.organisation },
    { key: 'email', width: 30, value: (row) => row.email },
    { key: 'phone', width: 18, value: (row) => row.phone },
    {
      key: 'languages',
      width: 24,
      value: (row) => row.languages.map((language) => languageNameIn(language, locale)).join(', '),
    },
    { key: 'createdAt', width: 24, value: (row) => formatInstant(row.createdAt, locale, timeZone) },
    { key: 'decisionReason', width: 30, value: (row) => row.decisionReason },
    {
      key: 'visaLetter',
      width: 12,
      value: (row) => t(row.visaLetterRequested ? 'registration.yes' : 'registration.no'),
    },
    { key: 'demo', width: 8, value: (row) => (row.isDemo ? t('registration.yes') : null) },
  ];
}

function visaColumns(t: TFunction, locale: Locale, timeZone: string): Column<VisaLetterEntry>[] {
  return [
    { key: 'nameLatin', width: 28, value: (row) => row.participant.nameLatin },
    { key: 'role', width: 16, value: (row) => t(`registration.role.${row.participant.role}`) },
    { key: 'status', width: 14, value: (row) => t(`registration.status.${row.participant.status}`) },
    { key: 'province', width: 18, value: (row) => row.participant.provinceId },
    { key: 'fullNameInPassport', width: 30, value: (row) => row.fullNameInPassport },
    { key: 'passportNumber', width: 18, value: (row) => row.passportNumber },
    { key: 'nationality', width: 12, value: (row) => row.nationality },
    { key: 'dateOfBirth', width: 14, value: (row) => row.dateOfBirth },
    { key: 'passportExpiresOn', width: 14, value: (row) => row.passportExpiresOn },
    { key: 'requestedAt', width: 24, value: (row) => formatInstant(row.requestedAt, locale, timeZone) },
  ];
}

function writeTable<T>(
  t: TFunction,
  locale: Locale,
  sheet: string,
  columns: Column<T>[],
  rows: readonly T[],
): Promise<Buffer> {
  const table = {
    name: t(`registration.sheet.${sheet}`),
    header: columns.map((column) => t(`registration.column.${column.key}`)),
    rows: rows.map((row) => columns.map((column) => guardFormula(column.value(row)))),
    columnWidths: columns.map((column) => column.width),
  };
  return writeTableWorkbook([table], { rightToLeft: locale === 'fa' });
}

/** Registrations (or a delegation's members) as a workbook with headings in the reader's language. */
export function writeRegistrationsWorkbook(
  t: TFunction,
  locale: Locale,
  timeZone: string,
  sheet: 'registrations' | 'members',
  rows: readonly Registration[],
): Promise<Buffer> {
  return writeTable(t, locale, sheet, registrationColumns(t, locale, timeZone), rows);
}

export function writeVisaLettersWorkbook(
  t: TFunction,
  locale: Locale,
  timeZone: string,
  rows: readonly VisaLetterEntry[],
): Promise<Buffer> {
  return writeTable(t, locale, 'visaLetters', visaColumns(t, locale, timeZone), rows);
}
