import { randomUUID } from 'node:crypto';
import type { Database, Executor } from '../../platform/db/client.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/http/errors.ts';
import type { Actor } from '../accounts/model.ts';
import { can } from '../accounts/permissions.ts';
import { ORGANISATION_ROLES } from '../accounts/roles.ts';
import type { AuditContext } from '../audit/model.ts';
import { recordAudit, recordAuditMany } from '../audit/service.ts';
import { provinceExists } from '../provinces/service.ts';
import { findUnusableTaxonomyCodes } from '../taxonomy/service.ts';
import { findContentProblems } from './content-rules.ts';
import type { CatalogueItem, ItemContent, ItemStatus } from './model.ts';
import { createCatalogueRepository } from './repository.ts';
import { applyItemChange, canChangeStatus, findScriptMismatches, type ScriptWarning } from './rules.ts';

export type WrittenItem = { item: CatalogueItem; warnings: ScriptWarning[] };
export type WriteContext = { actor: Actor | null; audit: AuditContext; now: Date };

function assertMayWrite(actor: Actor | null, content: Pick<ItemContent, 'provinceId' | 'organisation'>): void {
  if (!can(actor, 'item.write', { provinceId: content.provinceId, organisation: content.organisation?.name ?? null }))
    throw new AppError('forbidden');
}

/** Exhibitors and buyers always write for their own organisation, named or not. */
export function withActorOrganisation(actor: Actor | null, content: ItemContent): ItemContent {
  if (!actor || !ORGANISATION_ROLES.includes(actor.role) || content.organisation || !actor.organisation) return content;
  return { ...content, organisation: { name: actor.organisation, type: 'company' } };
}

/** New taxonomy codes must be active; codes an item already had may stay after being retired. */
async function assertUsableReferences(
  db: Executor,
  content: Partial<ItemContent>,
  previousCodes: readonly string[] = [],
): Promise<void> {
  if (content.provinceId && !(await provinceExists(db, content.provinceId)))
    throw new AppError('province_not_found', { id: content.provinceId });
  const added = (content.taxonomyCodes ?? []).filter((code) => !previousCodes.includes(code));
  const unusable = new Set(await findUnusableTaxonomyCodes(db, added));
  const errors = (content.taxonomyCodes ?? []).flatMap((code, index) =>
    unusable.has(code) ? [{ path: `taxonomyCodes.${index}`, code: 'unknown_taxonomy_code' }] : [],
  );
  if (errors.length > 0) throw new AppError('validation_failed', {}, errors);
}

async function saveVersion(tx: Executor, item: CatalogueItem, change: string, context: WriteContext): Promise<void> {
  await createCatalogueRepository(tx).insertVersion({
    itemId: item.id,
    version: item.version,
    change,
    changedBy: context.actor?.userId ?? null,
    changedAt: context.now,
    snapshot: item,
  });
}

export async function createItem(
  db: Database,
  context: WriteContext,
  request: ItemContent & { status: 'draft' | 'published'; isDemo?: boolean },
): Promise<WrittenItem> {
  const { status, isDemo = false, ...given } = request;
  const content = withActorOrganisation(context.actor, given);
  assertMayWrite(context.actor, content);
  await assertUsableReferences(db, content);
  const item = await inTransaction(db, (tx) => insertCheckedItem(tx, context, content, { status, isDemo }));
  return { item, warnings: findScriptMismatches(item) };
}

/**
 * Stores a new item with its first version and its audit entry in the caller's transaction. The
 * caller has checked permission and references (as createItem does), e.g. for a whole import at once.
 */
type NewItemOptions = { status: 'draft' | 'published'; isDemo?: boolean };

function newItem(
  context: WriteContext,
  content: ItemContent,
  { status, isDemo = false }: NewItemOptions,
): CatalogueItem {
  const { now } = context;
  return {
    ...content,
    id: randomUUID(),
    ownerUserId: context.actor?.userId ?? null,
    status,
    isDemo,
    version: 1,
    createdAt: now,
    updatedAt: now,
    publishedAt: status === 'published' ? now : null,
  };
}

export async function insertCheckedItem(
  tx: Executor,
  context: WriteContext,
  content: ItemContent,
  options: NewItemOptions,
): Promise<CatalogueItem> {
  const created = await createCatalogueRepository(tx).insert(newItem(context, content, options));
  await saveVersion(tx, created, 'created', context);
  await recordAudit(tx, context.audit, {
    action: 'item.create',
    entityType: 'catalogue_item',
    entityId: created.id,
    after: created,
  });
  return created;
}

/** Many checked items at once, as an import stores them: a few statements instead of three per item. */
export async function insertCheckedItems(
  tx: Executor,
  context: WriteContext,
  contents: ItemContent[],
  options: NewItemOptions,
): Promise<CatalogueItem[]> {
  const items = contents.map((content) => newItem(context, content, options));
  const repo = createCatalogueRepository(tx);
  await repo.insertMany(items);
  await repo.insertVersions(
    items.map((item) => ({
      itemId: item.id,
      version: 1,
      change: 'created',
      changedBy: context.actor?.userId ?? null,
      changedAt: context.now,
      snapshot: item,
    })),
  );
  await recordAuditMany(
    tx,
    context.audit,
    items.map((item) => ({ action: 'item.create', entityType: 'catalogue_item', entityId: item.id, after: item })),
  );
  return items;
}

export async function updateItem(
  db: Database,
  context: WriteContext,
  id: string,
  changes: Partial<ItemContent>,
): Promise<WrittenItem> {
  const item = await inTransaction(db, async (tx) => {
    const repo = createCatalogueRepository(tx);
    const before = await repo.find(id);
    if (!before) throw new AppError('item_not_found', { id });
    assertMayWrite(context.actor, before);
    const merged = { ...before, ...changes };
    assertMayWrite(context.actor, merged);
    const problems = findContentProblems(merged);
    if (problems.length > 0) throw new AppError('validation_failed', {}, problems);
    await assertUsableReferences(tx, changes, before.taxonomyCodes);
    return storeCheckedUpdate(tx, context, before, changes);
  });
  return { item, warnings: findScriptMismatches(item) };
}

/** Stores a checked edit as the item's next version with its audit entry, in the caller's transaction. */
export async function storeCheckedUpdate(
  tx: Executor,
  context: WriteContext,
  before: CatalogueItem,
  changes: Partial<ItemContent>,
): Promise<CatalogueItem> {
  const after = await createCatalogueRepository(tx).update(applyItemChange(before, changes, context.now));
  await saveVersion(tx, after, 'edited', context);
  await recordAudit(tx, context.audit, {
    action: 'item.update',
    entityType: 'catalogue_item',
    entityId: before.id,
    before,
    after,
  });
  return after;
}

export async function changeItemStatus(
  db: Database,
  context: WriteContext,
  id: string,
  status: ItemStatus,
): Promise<CatalogueItem> {
  return inTransaction(db, async (tx) => {
    const repo = createCatalogueRepository(tx);
    const before = await repo.find(id);
    if (!before) throw new AppError('item_not_found', { id });
    assertMayWrite(context.actor, before);
    if (!canChangeStatus(before.status, status))
      throw new AppError('invalid_status_transition', { from: before.status, to: status });
    const after = await repo.update(applyItemChange(before, { status }, context.now));
    await saveVersion(tx, after, status, context);
    await recordAudit(tx, context.audit, {
      action: `item.${status}`,
      entityType: 'catalogue_item',
      entityId: id,
      before: { status: before.status },
      after: { status },
    });
    return after;
  });
}

/** Demo content goes in one action, with everything attached to it; real items are untouched. */
export async function removeDemoItems(db: Database, context: WriteContext): Promise<number> {
  if (!can(context.actor, 'demo.remove')) throw new AppError('forbidden');
  return inTransaction(db, async (tx) => {
    const removed = await createCatalogueRepository(tx).deleteDemoItems();
    await recordAudit(tx, context.audit, {
      action: 'item.remove_demo',
      entityType: 'catalogue_item',
      entityId: '*',
      after: { removed },
    });
    return removed;
  });
}
