import type { z } from 'zod';
import type { Database, Executor } from '../../platform/db/client.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError, type FieldError } from '../../platform/http/errors.ts';
import { zodValidatorCompiler } from '../../platform/http/validation.ts';
import type { Actor } from '../accounts/model.ts';
import { can } from '../accounts/permissions.ts';
import { ORGANISATION_ROLES } from '../accounts/roles.ts';
import { recordAudit } from '../audit/service.ts';
import { listProvinces } from '../provinces/service.ts';
import { findUnusableTaxonomyCodes } from '../taxonomy/service.ts';
import {
  checkHeader,
  columnOfPath,
  isBlankRow,
  rowOfCells,
  rowToRequest,
  type CatalogueColumn,
} from './catalogue-columns.ts';
import type { CatalogueItem, ItemContent } from './model.ts';
import { createCatalogueRepository } from './repository.ts';
import { CreateItemRequest, ItemId, toItemContent } from './schema.ts';
import type { Sheet } from './transfer-files.ts';
import { insertCheckedItems, storeCheckedUpdate, withActorOrganisation, type WriteContext } from './write-items.ts';

export type ImportStatus = 'draft' | 'published';
export type ImportOutcome = {
  imported: number;
  created: number;
  updated: number;
  items: { row: number; id: string }[];
};

/** A row that passed every check: what it becomes, and the item it replaces, if any. */
type PlannedRow = { rowNumber: number; content: ItemContent; existing: CatalogueItem | null };
type ImportPlan = { headerProblems: FieldError[]; rowProblems: FieldError[]; planned: PlannedRow[] };
/** A row whose cells passed the schema, before the database is asked about it. */
type Candidate = { rowNumber: number; id: string | null; content: ItemContent };

/**
 * Imports a whole file or nothing: every row is checked first (schema and cross-field rules,
 * provinces, taxonomy codes, permissions), and only a file without problems is stored, in one
 * transaction with a version and an audit entry per item. New items get `status`; updated items
 * keep theirs.
 */
export async function importItems(
  db: Database,
  context: WriteContext,
  sheet: Sheet,
  status: ImportStatus,
): Promise<ImportOutcome> {
  return inTransaction(db, async (tx) => {
    const plan = await planImport(tx, context.actor, sheet);
    if (plan.headerProblems.length > 0) throw new AppError('import_file_unreadable', {}, plan.headerProblems);
    if (plan.rowProblems.length > 0) throw new AppError('import_rejected', {}, plan.rowProblems);
    const updates = plan.planned.filter((row) => row.existing);
    const creations = plan.planned.filter((row) => !row.existing);
    const items: ImportOutcome['items'] = [];
    for (const row of updates)
      items.push({ row: row.rowNumber, id: (await storeCheckedUpdate(tx, context, row.existing!, row.content)).id });
    const created = await insertCheckedItems(
      tx,
      context,
      creations.map((row) => row.content),
      { status },
    );
    creations.forEach((row, index) => items.push({ row: row.rowNumber, id: created[index]!.id }));
    items.sort((a, b) => a.row - b.row);
    const updated = updates.length;
    const outcome = { imported: items.length, created: items.length - updated, updated, items };
    await recordAudit(tx, context.audit, {
      action: 'item.import',
      entityType: 'catalogue_item',
      entityId: '*',
      after: { status, created: outcome.created, updated },
    });
    return outcome;
  });
}

/** Every problem an import of this file would meet, header first, without storing anything. */
export async function findImportProblems(db: Executor, actor: Actor | null, sheet: Sheet): Promise<FieldError[]> {
  const plan = await planImport(db, actor, sheet);
  return [...plan.headerProblems, ...plan.rowProblems];
}

/** One import is one transaction: a file larger than this is to be split, not to hold the database for minutes. */
export const MAX_IMPORT_ROWS = 20_000;

async function planImport(db: Executor, actor: Actor | null, sheet: Sheet): Promise<ImportPlan> {
  const header = checkHeader(sheet.header);
  if (!header.ok) return { headerProblems: header.problems, rowProblems: [], planned: [] };
  if (sheet.rows.length > MAX_IMPORT_ROWS) {
    return {
      headerProblems: [{ path: 'rows', code: 'too_big', params: { maximum: MAX_IMPORT_ROWS, origin: 'array' } }],
      rowProblems: [],
      planned: [],
    };
  }
  const rowProblems: FieldError[] = [];
  const candidates: Candidate[] = [];
  for (const { rowNumber, cells } of sheet.rows) {
    const { row, hasValuesOutsideColumns } = rowOfCells(header.columns, cells);
    if (hasValuesOutsideColumns) rowProblems.push({ path: `rows.${rowNumber}`, code: 'cell_outside_columns' });
    if (isBlankRow(row)) continue;
    const checked = checkRowCells(actor, rowNumber, rowToRequest(row));
    if ('problems' in checked) rowProblems.push(...checked.problems);
    else candidates.push(checked);
  }
  const checked = await checkAgainstDatabase(db, actor, candidates);
  return {
    headerProblems: [],
    rowProblems: [...rowProblems, ...checked.problems].sort(byRow),
    planned: checked.planned,
  };
}

// The API's own validator, so that an imported row is judged, and its problems named, as a request body is.
type Validation = { value?: unknown; error?: AppError };
const validateItemRequest = zodValidatorCompiler({
  schema: CreateItemRequest,
  method: 'POST',
  url: '/api/items',
  httpPart: 'body',
}) as (data: unknown) => Validation;
const validateItemId = zodValidatorCompiler({
  schema: ItemId,
  method: 'POST',
  url: '/api/items',
  httpPart: 'body',
}) as (data: unknown) => Validation;

function checkRowCells(
  actor: Actor | null,
  rowNumber: number,
  parsed: ReturnType<typeof rowToRequest>,
): Candidate | { problems: FieldError[] } {
  const idErrors = parsed.id === null ? [] : (validateItemId({ id: parsed.id }).error?.fieldErrors ?? []);
  const result = validateItemRequest(parsed.request);
  const problems = [...idErrors, ...(result.error?.fieldErrors ?? [])].map((error) => ({
    ...error,
    path: cellPath(rowNumber, columnOfPath(error.path)),
  }));
  if (problems.length > 0) return { problems };
  const content = toItemContent(result.value as z.output<typeof CreateItemRequest>);
  return { rowNumber, id: parsed.id, content: parsed.id === null ? withActorOrganisation(actor, content) : content };
}

/** Provinces and taxonomy are read once for the whole file; existing items one by one. */
async function checkAgainstDatabase(
  db: Executor,
  actor: Actor | null,
  candidates: Candidate[],
): Promise<{ problems: FieldError[]; planned: PlannedRow[] }> {
  const provinceIds = new Set((await listProvinces(db)).map((province) => province.id));
  const existing = await findExistingItems(db, candidates);
  const added = candidates.flatMap((row) =>
    row.content.taxonomyCodes.filter((code) => !existing.get(row.rowNumber)?.taxonomyCodes.includes(code)),
  );
  const unusable = new Set(await findUnusableTaxonomyCodes(db, [...new Set(added)]));
  const problems: FieldError[] = [];
  const planned: PlannedRow[] = [];
  const seenIds = new Map<string, number>();
  for (const row of candidates) {
    const before = existing.get(row.rowNumber) ?? null;
    const rowProblems = [
      ...findIdProblems(actor, row, before, seenIds),
      ...(provinceIds.has(row.content.provinceId)
        ? []
        : [{ path: cellPath(row.rowNumber, 'province_id'), code: 'unknown_province' }]),
      ...row.content.taxonomyCodes
        .filter((code) => unusable.has(code) && !before?.taxonomyCodes.includes(code))
        .map(() => ({ path: cellPath(row.rowNumber, 'taxonomy_codes'), code: 'unknown_taxonomy_code' })),
    ];
    if (rowProblems.length === 0 && !mayWrite(actor, row.content))
      rowProblems.push({ path: cellPath(row.rowNumber, forbiddenColumnOf(actor)), code: 'forbidden' });
    if (row.id !== null) seenIds.set(row.id, row.rowNumber);
    problems.push(...rowProblems);
    if (rowProblems.length === 0) planned.push({ rowNumber: row.rowNumber, content: row.content, existing: before });
  }
  return { problems, planned };
}

async function findExistingItems(db: Executor, candidates: Candidate[]): Promise<Map<number, CatalogueItem>> {
  const repo = createCatalogueRepository(db);
  const found = new Map<number, CatalogueItem>();
  for (const row of candidates) {
    const item = row.id === null ? null : await repo.find(row.id);
    if (item) found.set(row.rowNumber, item);
  }
  return found;
}

/**
 * An id must name an item the actor may change, once per file. An item they cannot even see is
 * reported as unknown, as the API answers 404 for it, so that the file does not reveal it exists.
 */
function findIdProblems(
  actor: Actor | null,
  row: Candidate,
  before: CatalogueItem | null,
  seenIds: Map<string, number>,
): FieldError[] {
  if (row.id === null) return [];
  const path = cellPath(row.rowNumber, 'id');
  if (seenIds.has(row.id)) return [{ path, code: 'duplicate_id', params: { row: seenIds.get(row.id) } }];
  if (!before || !(before.status === 'published' || mayWrite(actor, before))) return [{ path, code: 'unknown_item' }];
  return mayWrite(actor, before)
    ? []
    : [{ path: cellPath(row.rowNumber, forbiddenColumnOf(actor)), code: 'forbidden' }];
}

function mayWrite(actor: Actor | null, content: Pick<ItemContent, 'provinceId' | 'organisation'>): boolean {
  return can(actor, 'item.write', { provinceId: content.provinceId, organisation: content.organisation?.name ?? null });
}

/** Exhibitors and buyers are limited by organisation, everyone else by province. */
function forbiddenColumnOf(actor: Actor | null): CatalogueColumn {
  return actor && ORGANISATION_ROLES.includes(actor.role) ? 'organisation_name' : 'province_id';
}

function cellPath(rowNumber: number, column: CatalogueColumn | null): string {
  return column ? `rows.${rowNumber}.${column}` : `rows.${rowNumber}`;
}

const rowNumberOf = (error: FieldError) => Number(error.path.split('.')[1]);
const byRow = (a: FieldError, b: FieldError) => rowNumberOf(a) - rowNumberOf(b);
