import type { TFunction } from 'i18next';
import type { FieldError } from '../../platform/errors/app-error.ts';
import { describeFieldError } from '../../platform/i18n/field-messages.ts';
import { languageNameIn } from '../../platform/i18n/language-names.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import { isCatalogueColumn, type CatalogueColumn } from './catalogue-columns.ts';
import { writeWorkbook } from './transfer-files.ts';

/** Where a problem's path points: `rows.7.currency` → row 7, `header.kind` → the header row. */
export function locateProblem(path: string): { row: number | null; column: string | null } {
  const [part, position, ...rest] = path.split('.');
  if (part === 'header') return { row: 1, column: [position, ...rest].join('.') };
  if (part === 'rows') return { row: Number(position), column: rest.length > 0 ? rest.join('.') : null };
  return { row: null, column: null };
}

/** A column's name in the reader's language; a heading that is no column is shown as written. */
export function columnLabel(t: TFunction, locale: Locale, column: string | null): string | null {
  if (column === null || !isCatalogueColumn(column)) return column;
  const text = /^(title|description)_(\w+)$/.exec(column);
  if (text) return t(`import.column.${text[1]}`, { language: languageNameIn(text[2]!, locale) });
  return t(`import.column.${column satisfies CatalogueColumn}`);
}

/**
 * The problems of a file as a workbook in the reader's language: one line per problem with its
 * row, the column's translated name and the message; one line saying so when there are none.
 */
export function writeImportReport(t: TFunction, locale: Locale, problems: FieldError[]): Promise<Buffer> {
  const rows = problems.map((problem) => {
    const { row, column } = locateProblem(problem.path);
    return [row, columnLabel(t, locale, column), describeFieldError({ t, locale }, problem)];
  });
  return writeWorkbook({
    sheetName: t('import.report.sheet'),
    header: [t('import.report.row'), t('import.report.column'), t('import.report.problem')],
    rows: rows.length > 0 ? rows : [[null, null, t('import.report.none')]],
    rightToLeft: locale === 'fa',
    columnWidths: [10, 32, 90],
  });
}
