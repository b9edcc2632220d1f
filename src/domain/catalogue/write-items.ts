import { randomUUID } from 'node:crypto';
import { recordAudit, recordAuditMany } from '../../platform/audit/record-audit.ts';
import type { WriteContext } from '../../platform/context/request-context.ts';
import { AppError, invalidFields } from '../../platform/errors/app-error.ts';
import type { Actor } from '../../platform/identity/actor.ts';
import { requirePermission } from '../../platform/identity/permissions.ts';
import { ORGANISATION_ROLES } from '../../platform/identity/roles.ts';
import { provinceExists } from '../provinces/service.ts';
import { findUnusableTaxonomyCodes } from '../taxonomy/service.ts';
import { findContentProblems } from './content-rules.ts';
import type { CatalogueItem, ItemContent, ItemStatus } from './model.ts';
import { createCatalogueRepository } from './repository.ts';
import { syncItemsWithSearch } from './search-documents.ts';
import { removeFromIndex } from '../search/index-documents.ts';
import { applyItemChange, canChangeStatus, findScriptMismatches, itemTargetOf, type ScriptWarning } from './rules.ts';

export type WrittenItem = { item: CatalogueItem; warnings: ScriptWarning[] };

/** Exhibitors and buyers always write for their own organisation, named or not. */
export function withActorOrganisation(actor: Actor | null, content: ItemContent): ItemContent {
  if (!actor || !ORGANISATION_ROLES.includes(actor.role) || content.organisation || !actor.organisation) return content;
  return { ...content, organisation: { name: actor.organisation, type: 'company' } };
}

/** New taxonomy codes must be active; codes an item already had may stay after being retired. */
async function assertUsableReferences(
  context: WriteContext,
  content: Partial<ItemContent>,
  previousCodes: readonly string[] = [],
): Promise<void> {
  if (content.provinceId && !(await provinceExists(context, content.provinceId)))
    throw new AppError('province_not_found', { id: content.provinceId }, { field: 'provinceId' });
  const added = (content.taxonomyCodes ?? []).filter((code) => !previousCodes.includes(code));
  const unusable = new Set(await findUnusableTaxonomyCodes(context, added));
  const errors = (content.taxonomyCodes ?? []).flatMap((code, index) =>
    unusable.has(code) ? [{ path: `taxonomyCodes.${index}`, code: 'unknown_taxonomy_code' }] : [],
  );
  if (errors.length > 0) throw invalidFields(errors);
}

async function saveVersion(context: WriteContext, item: CatalogueItem, change: string): Promise<void> {
  await createCatalogueRepository(context.db).insertVersion({
    itemId: item.id,
    version: item.version,
    change,
    changedBy: context.actor?.userId ?? null,
    changedAt: context.now,
    snapshot: item,
  });
}

export async function createItem(
  context: WriteContext,
  request: ItemContent & { status: 'draft' | 'published'; isDemo?: boolean },
): Promise<WrittenItem> {
  const { status, isDemo = false, ...given } = request;
  const content = withActorOrganisation(context.actor, given);
  requirePermission(context.actor, 'item.write', itemTargetOf(content));
  await assertUsableReferences(context, content);
  const item = await insertCheckedItem(context, content, { status, isDemo });
  return { item, warnings: findScriptMismatches(item) };
}

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

/**
 * Stores a new item with its first version and its audit entry. The caller has checked permission
 * and references (as createItem does).
 */
async function insertCheckedItem(
  context: WriteContext,
  content: ItemContent,
  options: NewItemOptions,
): Promise<CatalogueItem> {
  const created = await createCatalogueRepository(context.db).insert(newItem(context, content, options));
  await saveVersion(context, created, 'created');
  await recordAudit(context, 'item.create', 'catalogue_item', created.id, { after: created });
  await syncItemsWithSearch(context, [created]);
  return created;
}

/** Many checked items at once, as an import stores them: a few statements instead of three per item. */
export async function insertCheckedItems(
  context: WriteContext,
  contents: ItemContent[],
  options: NewItemOptions,
): Promise<CatalogueItem[]> {
  const items = contents.map((content) => newItem(context, content, options));
  const repo = createCatalogueRepository(context.db);
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
    context,
    items.map((item) => ({ action: 'item.create', entityType: 'catalogue_item', entityId: item.id, after: item })),
  );
  await syncItemsWithSearch(context, items);
  return items;
}

export async function updateItem(
  context: WriteContext,
  id: string,
  changes: Partial<ItemContent>,
): Promise<WrittenItem> {
  const before = await createCatalogueRepository(context.db).find(id);
  if (!before) throw new AppError('item_not_found', { id });
  requirePermission(context.actor, 'item.write', itemTargetOf(before));
  const merged = { ...before, ...changes };
  requirePermission(context.actor, 'item.write', itemTargetOf(merged));
  const problems = findContentProblems(merged);
  if (problems.length > 0) throw invalidFields(problems);
  await assertUsableReferences(context, changes, before.taxonomyCodes);
  const item = await storeCheckedUpdate(context, before, changes);
  return { item, warnings: findScriptMismatches(item) };
}

/** Stores a checked edit as the item's next version with its audit entry. */
export async function storeCheckedUpdate(
  context: WriteContext,
  before: CatalogueItem,
  changes: Partial<ItemContent>,
): Promise<CatalogueItem> {
  const after = await createCatalogueRepository(context.db).update(applyItemChange(before, changes, context.now));
  await saveVersion(context, after, 'edited');
  await recordAudit(context, 'item.update', 'catalogue_item', before.id, { before, after });
  await syncItemsWithSearch(context, [after]);
  return after;
}

export async function changeItemStatus(context: WriteContext, id: string, status: ItemStatus): Promise<CatalogueItem> {
  const repo = createCatalogueRepository(context.db);
  const before = await repo.find(id);
  if (!before) throw new AppError('item_not_found', { id });
  requirePermission(context.actor, 'item.write', itemTargetOf(before));
  if (!canChangeStatus(before.status, status))
    throw new AppError('invalid_status_transition', { from: before.status, to: status });
  const after = await repo.update(applyItemChange(before, { status }, context.now));
  await saveVersion(context, after, status);
  await recordAudit(context, `item.${status}`, 'catalogue_item', id, {
    before: { status: before.status },
    after: { status },
  });
  await syncItemsWithSearch(context, [after]);
  return after;
}

/** Demo content goes in one action, with everything attached to it; real items are untouched. */
export async function removeDemoItems(context: WriteContext): Promise<number> {
  requirePermission(context.actor, 'demo.remove');
  const removedIds = await createCatalogueRepository(context.db).deleteDemoItems();
  const removed = removedIds.length;
  await recordAudit(context, 'item.remove_demo', 'catalogue_item', '*', { after: { removed } });
  await removeFromIndex(context, 'item', removedIds);
  return removed;
}
