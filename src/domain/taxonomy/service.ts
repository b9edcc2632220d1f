import type { Database, Executor } from '../../platform/db/client.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/http/errors.ts';
import type { Actor } from '../accounts/model.ts';
import { can } from '../accounts/permissions.ts';
import type { AuditContext } from '../audit/model.ts';
import { recordAudit } from '../audit/service.ts';
import type { NewTaxonomyNode, TaxonomyChanges, TaxonomyNode } from './model.ts';
import { createTaxonomyRepository } from './repository.ts';
import { applyTaxonomyChanges, checkNewNode, codesAffectedByRetirement } from './rules.ts';

export async function listTaxonomy(db: Executor, options: { includeRetired: boolean }): Promise<TaxonomyNode[]> {
  const nodes = await createTaxonomyRepository(db).listAll();
  return options.includeRetired ? nodes : nodes.filter((node) => !node.retiredAt);
}

/** A retired node is still found by its code, so that old offers and needs keep their labels. */
export async function getTaxonomyNode(db: Executor, code: string): Promise<TaxonomyNode> {
  const node = await createTaxonomyRepository(db).find(code);
  if (!node) throw new AppError('taxonomy_node_not_found', { id: code });
  return node;
}

/** Codes that may be used on new or edited items: known and not retired. */
export async function findUnusableTaxonomyCodes(db: Executor, codes: readonly string[]): Promise<string[]> {
  const active = new Set((await listTaxonomy(db, { includeRetired: false })).map((node) => node.code));
  return codes.filter((code) => !active.has(code));
}

export async function addTaxonomyNode(
  db: Database,
  actor: Actor | null,
  audit: AuditContext,
  node: NewTaxonomyNode,
  now: Date,
): Promise<TaxonomyNode> {
  if (!can(actor, 'taxonomy.edit')) throw new AppError('forbidden');
  return inTransaction(db, async (tx) => {
    const repo = createTaxonomyRepository(tx);
    const all = await repo.listAll();
    const check = checkNewNode(node, new Map(all.map((existing) => [existing.code, existing])));
    if (!check.ok) throw new AppError(check.code, { id: node.parentCode ?? node.code });
    const position = Math.max(0, ...all.map((existing) => existing.position)) + 1;
    const created = await repo.insert({
      ...node,
      labelsToReview: [],
      panelRef: null,
      position,
      retiredAt: null,
      updatedAt: now,
    });
    await recordAudit(tx, audit, {
      action: 'taxonomy.add',
      entityType: 'taxonomy_node',
      entityId: created.code,
      after: created,
    });
    return created;
  });
}

export async function changeTaxonomyNode(
  db: Database,
  actor: Actor | null,
  audit: AuditContext,
  code: string,
  changes: TaxonomyChanges,
  now: Date,
): Promise<TaxonomyNode> {
  if (!can(actor, 'taxonomy.edit')) throw new AppError('forbidden');
  return inTransaction(db, async (tx) => {
    const repo = createTaxonomyRepository(tx);
    const before = await repo.find(code);
    if (!before) throw new AppError('taxonomy_node_not_found', { id: code });
    if (changes.retired === false && before.parentCode && (await repo.find(before.parentCode))?.retiredAt) {
      throw new AppError('taxonomy_parent_retired', { id: before.parentCode });
    }
    const after = await repo.update(applyTaxonomyChanges(before, changes, now));
    if (changes.retired === true && before.parentCode === null) {
      await repo.setRetired(codesAffectedByRetirement(code, await repo.listAll()), after.retiredAt, now);
    }
    await recordAudit(tx, audit, {
      action: 'taxonomy.change',
      entityType: 'taxonomy_node',
      entityId: code,
      before,
      after,
    });
    return after;
  });
}
