import type { FieldError } from '../../platform/errors/app-error.ts';
import { LOCALES, type Locale } from '../../platform/i18n/locales.ts';
import type { CatalogueItem, ItemContent } from './model.ts';

/**
 * The columns of a catalogue file, one row per item. The header row always carries these machine
 * keys, whatever the reader's language, so that a file exported by a Persian reader is imported by
 * a Russian one; translated names are only for the error report and the UI.
 */
export const CATALOGUE_COLUMNS = [
  'id',
  'kind',
  'province_id',
  'organisation_name',
  'organisation_type',
  'language',
  ...LOCALES.map((locale) => `title_${locale}` as const),
  ...LOCALES.map((locale) => `description_${locale}` as const),
  'taxonomy_codes',
  'hs_codes',
  'quantity_amount',
  'quantity_unit',
  'quantity_period',
  'value_min',
  'value_max',
  'currency',
  'season_months',
  'valid_from',
  'valid_until',
  'contact_languages',
  'status',
] as const;
export type CatalogueColumn = (typeof CATALOGUE_COLUMNS)[number];

/** `id` is empty for new items and `status` is written by export only, so a file may leave them out. */
const OPTIONAL_COLUMNS: readonly CatalogueColumn[] = ['id', 'status'];

/** What a spreadsheet cell can hold once read: XLSX gives numbers and dates, CSV only text. */
export type Cell = string | number | boolean | Date | null;
/** One row of a file, by column; a column the file does not have is absent. */
export type CatalogueRow = Partial<Record<CatalogueColumn, Cell>>;
/** What export writes into a cell. */
export type ExportCell = string | number | null;

const LIST_SEPARATOR = ';';
// Lists are written with `;`; a `,` typed by hand is read the same way (no listed value contains one).
const LIST_SPLITTER = /[;,]/;

export function isCatalogueColumn(name: string): name is CatalogueColumn {
  return (CATALOGUE_COLUMNS as readonly string[]).includes(name);
}

/** The header row as the column each cell position holds (null where a heading is empty). */
export type HeaderCheck = { ok: true; columns: (CatalogueColumn | null)[] } | { ok: false; problems: FieldError[] };

export function checkHeader(header: readonly string[]): HeaderCheck {
  const names = header.map((name) => name.trim().toLowerCase());
  const problems: FieldError[] = [];
  const seen = new Set<string>();
  for (const name of names) {
    if (name === '') continue;
    if (!isCatalogueColumn(name)) problems.push({ path: `header.${shortened(name)}`, code: 'unknown_column' });
    else if (seen.has(name)) problems.push({ path: `header.${name}`, code: 'duplicate_column' });
    seen.add(name);
  }
  for (const column of CATALOGUE_COLUMNS) {
    if (!seen.has(column) && !OPTIONAL_COLUMNS.includes(column))
      problems.push({ path: `header.${column}`, code: 'missing_column' });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, columns: names.map((name) => (isCatalogueColumn(name) ? name : null)) };
}

/** An unknown heading is named back to the user, but not at any length. */
function shortened(name: string): string {
  const characters = [...name];
  return characters.length > 40 ? `${characters.slice(0, 40).join('')}…` : name;
}

/** The item's columns as export writes them: lists joined with `;`, dates as YYYY-MM-DD. */
export function itemToRow(
  item: ItemContent & Partial<Pick<CatalogueItem, 'id' | 'status'>>,
): Record<CatalogueColumn, ExportCell> {
  const texts = (prefix: 'title' | 'description') =>
    Object.fromEntries(LOCALES.map((locale) => [`${prefix}_${locale}`, item[prefix][locale] ?? null])) as Record<
      `${typeof prefix}_${Locale}`,
      string | null
    >;
  const list = (values: readonly (string | number)[]) => (values.length > 0 ? values.join(LIST_SEPARATOR) : null);
  return {
    id: item.id ?? null,
    kind: item.kind,
    province_id: item.provinceId,
    organisation_name: item.organisation?.name ?? null,
    organisation_type: item.organisation?.type ?? null,
    language: item.language,
    ...texts('title'),
    ...texts('description'),
    taxonomy_codes: list(item.taxonomyCodes),
    hs_codes: list(item.hsCodes),
    quantity_amount: item.quantity?.amount ?? null,
    quantity_unit: item.quantity?.unit ?? null,
    quantity_period: item.quantity?.period ?? null,
    value_min: item.value?.min ?? null,
    value_max: item.value?.max ?? null,
    currency: item.value?.currency ?? null,
    season_months: list(item.seasonMonths),
    valid_from: item.validFrom,
    valid_until: item.validUntil,
    contact_languages: list(item.contactLanguages),
    status: item.status ?? null,
  };
}

/** A row as an imported item: its id (null for a new item) and a body for CreateItemRequest. */
export type ParsedRow = { id: string | null; request: Record<string, unknown> };

/**
 * A row in the shape CreateItemRequest accepts, so that the API's schema and rules judge it.
 * Values that cannot be what a column wants (text in a number column) are passed on unchanged for
 * the schema to name; an empty cell is a missing value. `status` is not read: the import decides it.
 */
export function rowToRequest(row: CatalogueRow): ParsedRow {
  const text = (column: CatalogueColumn) => textOf(row[column]);
  const optional = (column: CatalogueColumn) => text(column) || undefined;
  const texts = (prefix: 'title' | 'description') =>
    Object.fromEntries(
      LOCALES.flatMap((locale) => (text(`${prefix}_${locale}`) ? [[locale, text(`${prefix}_${locale}`)]] : [])),
    );
  return {
    id: text('id') || null,
    request: {
      kind: optional('kind'),
      provinceId: optional('province_id'),
      organisation: anyFilled(row, ['organisation_name', 'organisation_type'])
        ? { name: text('organisation_name'), type: optional('organisation_type') }
        : null,
      language: optional('language'),
      title: texts('title'),
      description: texts('description'),
      taxonomyCodes: listOf(row.taxonomy_codes),
      hsCodes: listOf(row.hs_codes, hsCodeOf),
      quantity: anyFilled(row, ['quantity_amount', 'quantity_unit', 'quantity_period'])
        ? {
            amount: numberOf(row.quantity_amount),
            unit: optional('quantity_unit'),
            period: text('quantity_period') || null,
          }
        : null,
      value: anyFilled(row, ['value_min', 'value_max', 'currency'])
        ? { min: numberOf(row.value_min) ?? null, max: numberOf(row.value_max) ?? null, currency: optional('currency') }
        : null,
      seasonMonths: listOf(row.season_months, (part) => (/^\d{1,2}$/.test(part) ? Number(part) : part)),
      validFrom: dateOf(row.valid_from),
      validUntil: dateOf(row.valid_until),
      contactLanguages: listOf(row.contact_languages),
    },
  };
}

/** The cells of a file row under the columns of its header; a value under no column is flagged, not dropped. */
export function rowOfCells(
  columns: readonly (CatalogueColumn | null)[],
  cells: readonly Cell[],
): { row: CatalogueRow; hasValuesOutsideColumns: boolean } {
  const row: CatalogueRow = {};
  let hasValuesOutsideColumns = false;
  cells.forEach((cell, index) => {
    const column = columns[index];
    if (column) row[column] = cell;
    else if (textOf(cell) !== '') hasValuesOutsideColumns = true;
  });
  return { row, hasValuesOutsideColumns };
}

export function isBlankRow(row: CatalogueRow): boolean {
  return Object.values(row).every((cell) => textOf(cell) === '');
}

/** Where the schema's path for a field points in the file: `quantity.unit` → `quantity_unit`. */
export function columnOfPath(path: string): CatalogueColumn | null {
  const [field = '', part] = path.split('.');
  const column = PATH_COLUMNS[field];
  if (typeof column === 'string') return column;
  if (!column) return null;
  return (part && column[part]) || column[''] || null;
}

const PATH_COLUMNS: Record<string, CatalogueColumn | Record<string, CatalogueColumn>> = {
  id: 'id',
  kind: 'kind',
  provinceId: 'province_id',
  organisation: { '': 'organisation_name', name: 'organisation_name', type: 'organisation_type' },
  language: 'language',
  title: Object.fromEntries(LOCALES.map((locale) => [locale, `title_${locale}` as const])),
  description: Object.fromEntries(LOCALES.map((locale) => [locale, `description_${locale}` as const])),
  taxonomyCodes: 'taxonomy_codes',
  hsCodes: 'hs_codes',
  quantity: { '': 'quantity_amount', amount: 'quantity_amount', unit: 'quantity_unit', period: 'quantity_period' },
  value: { '': 'value_min', min: 'value_min', max: 'value_max', currency: 'currency' },
  seasonMonths: 'season_months',
  validFrom: 'valid_from',
  validUntil: 'valid_until',
  contactLanguages: 'contact_languages',
  status: 'status',
};

function anyFilled(row: CatalogueRow, columns: CatalogueColumn[]): boolean {
  return columns.some((column) => textOf(row[column]) !== '');
}

function textOf(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return isoDateOf(cell) ?? '';
  return String(cell).trim();
}

const PLAIN_NUMBER = /^\d+(\.\d+)?([eE][+-]?\d+)?$/;

/** A number, or the text as it was so that the schema reports it; undefined when empty. */
function numberOf(cell: Cell | undefined): number | string | undefined {
  if (typeof cell === 'number') return cell;
  const text = textOf(cell);
  if (text === '') return undefined;
  return PLAIN_NUMBER.test(text) ? Number(text) : text;
}

/** A real date cell (XLSX) counts as the calendar day it shows, in UTC as ExcelJS reads it. */
function dateOf(cell: Cell | undefined): string | null {
  if (cell instanceof Date) return isoDateOf(cell) ?? String(cell);
  return textOf(cell) || null;
}

function isoDateOf(date: Date): string | null {
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}

function listOf<T = string>(
  cell: Cell | undefined,
  parse?: (part: string, cell: Cell | undefined) => T,
): (T | string)[] {
  const parts = typeof cell === 'number' ? [String(cell)] : textOf(cell).split(LIST_SPLITTER);
  return parts
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => (parse ? parse(part, cell) : part));
}

/** A spreadsheet stores an HS code typed as a number without its leading zero (0303 → 303). */
function hsCodeOf(part: string, cell: Cell | undefined): string {
  return typeof cell === 'number' && part.length % 2 === 1 ? `0${part}` : part;
}
