import { describe, expect, it } from 'vitest';
import {
  CATALOGUE_COLUMNS,
  checkHeader,
  columnOfPath,
  isBlankRow,
  itemToRow,
  rowOfCells,
  rowToRequest,
  type CatalogueRow,
} from './catalogue-columns.ts';
import type { ItemContent } from './model.ts';
import { CreateItemRequest } from './schema.ts';

const caviar: ItemContent = {
  kind: 'offer',
  provinceId: 'mazandaran',
  organisation: { name: 'شیلات مازندران', type: 'company' },
  language: 'fa',
  title: { fa: 'خاویار پرورشی', ru: 'Икра аквакультуры' },
  description: { fa: 'خاویار از ماهیان پرورشی' },
  taxonomyCodes: ['fisheries_aquaculture.aquaculture', 'agriculture_food'],
  hsCodes: ['0303', '1604'],
  quantity: { amount: 2.5, unit: 't', period: 'year' },
  value: { min: null, max: 900000, currency: 'EUR' },
  seasonMonths: [3, 4, 5],
  validFrom: '2025-11-18',
  validUntil: '2026-11-17',
  contactLanguages: ['fa', 'ru'],
};

const parse = (row: CatalogueRow) => CreateItemRequest.safeParse(rowToRequest(row).request);
const issuePaths = (row: CatalogueRow) => (parse(row).error?.issues ?? []).map((issue) => issue.path.join('.'));

describe('the row of an item', () => {
  it('reads back as the same content, through the API schema', () => {
    const { status: _status, ...parsed } = CreateItemRequest.parse(rowToRequest(itemToRow(caviar)).request);
    expect(parsed).toEqual(caviar);
  });

  it('has a cell for every column, with lists joined by semicolons', () => {
    const row = itemToRow({ ...caviar, id: '1c0ffee0-0000-4000-8000-000000000000', status: 'published' });
    expect(Object.keys(row)).toEqual([...CATALOGUE_COLUMNS]);
    expect(row).toMatchObject({
      taxonomy_codes: 'fisheries_aquaculture.aquaculture;agriculture_food',
      season_months: '3;4;5',
      value_min: null,
      value_max: 900000,
      title_en: null,
      status: 'published',
    });
  });

  it('leaves quantity, value and organisation out when their cells are empty', () => {
    const request = rowToRequest(itemToRow({ ...caviar, quantity: null, value: null, organisation: null })).request;
    expect(request).toMatchObject({ quantity: null, value: null, organisation: null });
  });
});

describe('reading cells', () => {
  const base = itemToRow(caviar);

  it('takes an empty cell as a missing value, so that the schema names its column', () => {
    expect(issuePaths({ ...base, kind: '  ' })).toEqual(['kind']);
    expect(issuePaths({ ...base, currency: null })).toEqual(['value.currency']);
  });

  it('passes text in a number column on, for the schema to refuse', () => {
    expect(rowToRequest({ ...base, quantity_amount: 'lots' }).request.quantity).toMatchObject({ amount: 'lots' });
    expect(issuePaths({ ...base, quantity_amount: 'lots' })).toEqual(['quantity.amount']);
  });

  it('reads lists separated by semicolons or commas, with spaces around', () => {
    expect(rowToRequest({ ...base, contact_languages: ' ru , en; fa ' }).request.contactLanguages).toEqual([
      'ru',
      'en',
      'fa',
    ]);
    expect(rowToRequest({ ...base, season_months: 7 }).request.seasonMonths).toEqual([7]);
  });

  it('gives back the leading zero a spreadsheet drops from an HS code typed as a number', () => {
    expect(rowToRequest({ ...base, hs_codes: 303 }).request.hsCodes).toEqual(['0303']);
    expect(rowToRequest({ ...base, hs_codes: 1006 }).request.hsCodes).toEqual(['1006']);
  });

  it('takes a real date cell as the calendar day it shows', () => {
    expect(rowToRequest({ ...base, valid_from: new Date(Date.UTC(2026, 0, 31)) }).request.validFrom).toBe('2026-01-31');
  });

  it('ignores the status column: the import decides the status', () => {
    expect(rowToRequest({ ...base, status: 'archived' }).request).not.toHaveProperty('status');
  });

  it('reads the id, or null for a new item', () => {
    expect(rowToRequest({ ...base, id: ' abc ' }).id).toBe('abc');
    expect(rowToRequest(base).id).toBeNull();
  });

  it('flags a value under no heading instead of dropping it', () => {
    expect(rowOfCells(['kind', null], ['offer', 'stray'])).toEqual({
      row: { kind: 'offer' },
      hasValuesOutsideColumns: true,
    });
    expect(rowOfCells(['kind', null], ['offer', ' '])).toEqual({
      row: { kind: 'offer' },
      hasValuesOutsideColumns: false,
    });
  });

  it('knows a row of empty cells is no item', () => {
    expect(isBlankRow({ kind: '', title_fa: null, quantity_amount: ' ' })).toBe(true);
    expect(isBlankRow({ kind: 'offer' })).toBe(false);
  });
});

describe('the header row', () => {
  it('accepts the columns in any order and case, without id and status', () => {
    const header = CATALOGUE_COLUMNS.filter((column) => column !== 'id' && column !== 'status')
      .reverse()
      .map((column) => column.toUpperCase());
    expect(checkHeader([...header, ''])).toMatchObject({ ok: true });
  });

  it('names unknown, missing and repeated columns', () => {
    const header = CATALOGUE_COLUMNS.map((column) => (column === 'kind' ? 'type' : column));
    expect(checkHeader([...header, 'currency'])).toEqual({
      ok: false,
      problems: [
        { path: 'header.type', code: 'unknown_column' },
        { path: 'header.currency', code: 'duplicate_column' },
        { path: 'header.kind', code: 'missing_column' },
      ],
    });
  });

  it('names an unknown heading back, but not at any length', () => {
    const check = checkHeader([...CATALOGUE_COLUMNS, 'x'.repeat(5000)]);
    expect(check).toEqual({ ok: false, problems: [{ path: `header.${'x'.repeat(40)}…`, code: 'unknown_column' }] });
  });
});

describe('columns of schema paths', () => {
  it.each([
    ['quantity.unit', 'quantity_unit'],
    ['value.currency', 'currency'],
    ['title.ru', 'title_ru'],
    ['organisation.name', 'organisation_name'],
    ['taxonomyCodes.1', 'taxonomy_codes'],
    ['validUntil', 'valid_until'],
    ['value', 'value_min'],
    ['', null],
    ['somethingElse', null],
  ])('%s is in %s', (path, column) => {
    expect(columnOfPath(path)).toBe(column);
  });
});
