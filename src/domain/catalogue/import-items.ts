import { setImmediate } from 'node:timers/promises';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import { inTransaction, type RequestContext, type WriteContext } from '../../platform/context/request-context.ts';
import { AppError, type FieldError } from '../../platform/errors/app-error.ts';
import { checkWithSchema } from '../../platform/errors/field-errors.ts';
import type { Actor } from '../../platform/identity/actor.ts';
import { can } from '../../platform/identity/permissions.ts';
import { ORGANISATION_ROLES } from '../../platform/identity/roles.ts';
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
import { itemTargetOf } from './rules.ts';
import { CreateItemRequest, ItemId, toItemContent } from './schema.ts';
import { IMPORT_LIMITS, type Sheet } from './transfer-files.ts';
import { insertCheckedItems, storeCheckedUpdate, withActorOrganisation } from './write-items.ts';

export type ImportStatus = 'draft' | 'published';
export type ImportOutcome = {
  imported: number;
  created: number;
  updated: number;
  items: { row: number; id: string }[];
};

/** A row that passed every check: what it becomes, and the item it replaces, if any. */
type PlannedRow = { rowNumber: number; content: ItemContent; existing: CatalogueItem | null };
/** A row whose cells passed the schema, before the database is asked about it. */
type Candidate = { rowNumber: number; id: string | null; content: ItemContent };
/** What the file says before the database is asked: header problems, or cell problems and candidate rows. */
type CheckedCells = { headerProblems: FieldError[]; rowProblems: FieldError[]; candidates: Candidate[] };

/**
 * Imports a whole file or nothing: every row is checked first (schema and cross-field rules,
 * provinces, taxonomy codes, permissions), and only a file without problems is stored, in one
 * transaction with a version and an audit entry per item. New items get `status`; updated items
 * keep theirs.
 *
 * Takes the request context and opens the transaction itself: checking the cells of up to
 * 20,000 rows against the schema is CPU work that needs no database (like reading the file, which
 * the route has done), so it runs before the transaction; the transaction then holds the database
 * only for the checks that read it and for the writes.
 */
export async function importItems(context: RequestContext, sheet: Sheet, status: ImportStatus): Promise<ImportOutcome> {
  const cells = await checkCells(context.actor, sheet);
  if (cells.headerProblems.length > 0) {
    throw new AppError('import_file_unreadable', {}, { fieldErrors: cells.headerProblems });
  }
  return inTransaction(context, async (write) => {
    const checked = await checkAgainstDatabase(write, cells.candidates);
    const problems = [...cells.rowProblems, ...checked.problems].sort(byRow);
    if (problems.length > 0) throw new AppError('import_rejected', {}, { fieldErrors: problems });
    return storePlannedRows(write, checked.planned, status);
  });
}

/** The checked rows, edits first, then the new items in one batch, with the import's own audit entry. */
async function storePlannedRows(
  context: WriteContext,
  planned: PlannedRow[],
  status: ImportStatus,
): Promise<ImportOutcome> {
  const updates = planned.filter((row) => row.existing);
  const creations = planned.filter((row) => !row.existing);
  const items: ImportOutcome['items'] = [];
  for (const row of updates)
    items.push({ row: row.rowNumber, id: (await storeCheckedUpdate(context, row.existing!, row.content)).id });
  const created = await insertCheckedItems(
    context,
    creations.map((row) => row.content),
    { status },
  );
  for (const [index, row] of creations.entries()) items.push({ row: row.rowNumber, id: created[index]!.id });
  items.sort((a, b) => a.row - b.row);
  const updated = updates.length;
  const outcome = { imported: items.length, created: items.length - updated, updated, items };
  await recordAudit(context, 'item.import', 'catalogue_item', '*', {
    after: { status, created: outcome.created, updated },
  });
  return outcome;
}

/** Every problem an import of this file would meet, header first, without storing anything. */
export async function findImportProblems(context: RequestContext, sheet: Sheet): Promise<FieldError[]> {
  const cells = await checkCells(context.actor, sheet);
  if (cells.headerProblems.length > 0) return cells.headerProblems;
  const checked = await checkAgainstDatabase(context, cells.candidates);
  return [...cells.rowProblems, ...checked.problems].sort(byRow);
}

// Checking a row against the schema takes tens of microseconds; a pause every few hundred rows lets
// other requests in while a 20,000-row file is checked.
const ROWS_BETWEEN_PAUSES = 250;

/** The header, then each row's cells against the API's schema; the database is not asked. */
async function checkCells(actor: Actor | null, sheet: Sheet): Promise<CheckedCells> {
  const header = checkHeader(sheet.header);
  if (!header.ok) return { headerProblems: header.problems, rowProblems: [], candidates: [] };
  if (sheet.rows.length > IMPORT_LIMITS.maxRows) {
    return {
      headerProblems: [{ path: 'rows', code: 'too_big', params: { maximum: IMPORT_LIMITS.maxRows, origin: 'array' } }],
      rowProblems: [],
      candidates: [],
    };
  }
  const rowProblems: FieldError[] = [];
  const candidates: Candidate[] = [];
  for (const [index, { rowNumber, cells }] of sheet.rows.entries()) {
    if (index % ROWS_BETWEEN_PAUSES === ROWS_BETWEEN_PAUSES - 1) await setImmediate();
    const { row, hasValuesOutsideColumns } = rowOfCells(header.columns, cells);
    if (hasValuesOutsideColumns) rowProblems.push({ path: `rows.${rowNumber}`, code: 'cell_outside_columns' });
    if (isBlankRow(row)) continue;
    const checked = checkRowCells(actor, rowNumber, rowToRequest(row));
    if ('problems' in checked) rowProblems.push(...checked.problems);
    else candidates.push(checked);
  }
  return { headerProblems: [], rowProblems, candidates };
}

// The API's own schemas and field errors, so that an imported row is judged, and its problems
// named, as a request body is; the paths are then moved to the row and column of the file.
function checkRowCells(
  actor: Actor | null,
  rowNumber: number,
  parsed: ReturnType<typeof rowToRequest>,
): Candidate | { problems: FieldError[] } {
  const idCheck = parsed.id === null ? null : checkWithSchema(ItemId, { id: parsed.id });
  const result = checkWithSchema(CreateItemRequest, parsed.request);
  const problems = [
    ...(idCheck && !idCheck.ok ? idCheck.fieldErrors : []),
    ...(result.ok ? [] : result.fieldErrors),
  ].map((error) => ({ ...error, path: cellPath(rowNumber, columnOfPath(error.path)) }));
  if (!result.ok || problems.length > 0) return { problems };
  const content = toItemContent(result.value);
  return { rowNumber, id: parsed.id, content: parsed.id === null ? withActorOrganisation(actor, content) : content };
}

/** Provinces and taxonomy are read once for the whole file; existing items one by one. */
async function checkAgainstDatabase(
  context: RequestContext,
  candidates: Candidate[],
): Promise<{ problems: FieldError[]; planned: PlannedRow[] }> {
  const { actor } = context;
  const provinceIds = new Set((await listProvinces(context)).map((province) => province.id));
  const existing = await findExistingItems(context, candidates);
  const added = candidates.flatMap((row) =>
    row.content.taxonomyCodes.filter((code) => !existing.get(row.rowNumber)?.taxonomyCodes.includes(code)),
  );
  const unusable = new Set(await findUnusableTaxonomyCodes(context, [...new Set(added)]));
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

async function findExistingItems(
  context: RequestContext,
  candidates: Candidate[],
): Promise<Map<number, CatalogueItem>> {
  const repo = createCatalogueRepository(context.db);
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
  const firstRow = seenIds.get(row.id);
  if (firstRow !== undefined) return [{ path, code: 'duplicate_id', params: { row: firstRow } }];
  if (!before || !(before.status === 'published' || mayWrite(actor, before))) return [{ path, code: 'unknown_item' }];
  return mayWrite(actor, before)
    ? []
    : [{ path: cellPath(row.rowNumber, forbiddenColumnOf(actor)), code: 'forbidden' }];
}

/**
 * Whether someone may import at all: who may write some item (the secretariat, a delegation with its
 * province, an exhibitor or buyer with their organisation). Asked before the file is read; each row is
 * still held to the item it writes.
 */
export function canImportItems(actor: Actor | null): boolean {
  if (!actor) return false;
  return can(actor, 'item.write', { provinceId: actor.provinceId ?? undefined, organisation: actor.organisation });
}

function mayWrite(actor: Actor | null, content: Pick<ItemContent, 'provinceId' | 'organisation'>): boolean {
  return can(actor, 'item.write', itemTargetOf(content));
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
