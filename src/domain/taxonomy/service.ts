import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { RequestContext, WriteContext } from '../../platform/context/request-context.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { LocalizedText } from '../../platform/i18n/localized-text.ts';
import { requirePermission } from '../../platform/identity/permissions.ts';
import type { NewTaxonomyNode, TaxonomyChanges, TaxonomyNode } from './model.ts';
import { createTaxonomyRepository } from './repository.ts';
import { applyTaxonomyChanges, checkNewNode, codesAffectedByRetirement } from './rules.ts';

export async function listTaxonomy(
  context: RequestContext,
  options: { includeRetired: boolean },
): Promise<TaxonomyNode[]> {
  const nodes = await createTaxonomyRepository(context.db).listAll();
  return options.includeRetired ? nodes : nodes.filter((node) => !node.retiredAt);
}

/** The labels of those of the codes that are active nodes (search names the concepts it read a query as). */
export async function activeTaxonomyLabels(
  context: RequestContext,
  codes: readonly string[],
): Promise<Map<string, LocalizedText>> {
  if (codes.length === 0) return new Map();
  const rows = await createTaxonomyRepository(context.db).listActiveLabels(codes);
  return new Map(rows.map((row) => [row.code, row.labels]));
}

/** A retired node is still found by its code, so that old offers and needs keep their labels. */
export async function getTaxonomyNode(context: RequestContext, code: string): Promise<TaxonomyNode> {
  const node = await createTaxonomyRepository(context.db).find(code);
  if (!node) throw new AppError('taxonomy_node_not_found', { id: code });
  return node;
}

/** Codes that may be used on new or edited items: known and not retired. */
export async function findUnusableTaxonomyCodes(context: RequestContext, codes: readonly string[]): Promise<string[]> {
  const active = new Set((await listTaxonomy(context, { includeRetired: false })).map((node) => node.code));
  return codes.filter((code) => !active.has(code));
}

export async function addTaxonomyNode(context: WriteContext, node: NewTaxonomyNode): Promise<TaxonomyNode> {
  requirePermission(context.actor, 'taxonomy.edit');
  const repo = createTaxonomyRepository(context.db);
  const all = await repo.listAll();
  const check = checkNewNode(node, new Map(all.map((existing) => [existing.code, existing])));
  if (!check.ok) throw new AppError(check.code, { id: node.parentCode ?? node.code }, { field: 'code' });
  const position = Math.max(0, ...all.map((existing) => existing.position)) + 1;
  const created = await repo.insert({
    ...node,
    labelsToReview: [],
    panelRef: null,
    position,
    retiredAt: null,
    updatedAt: context.now,
  });
  await recordAudit(context, 'taxonomy.add', 'taxonomy_node', created.code, { after: created });
  return created;
}

export async function changeTaxonomyNode(
  context: WriteContext,
  code: string,
  changes: TaxonomyChanges,
): Promise<TaxonomyNode> {
  requirePermission(context.actor, 'taxonomy.edit');
  const repo = createTaxonomyRepository(context.db);
  const before = await repo.find(code);
  if (!before) throw new AppError('taxonomy_node_not_found', { id: code });
  if (changes.retired === false && before.parentCode && (await repo.find(before.parentCode))?.retiredAt) {
    throw new AppError('taxonomy_parent_retired', { id: before.parentCode });
  }
  const after = await repo.update(applyTaxonomyChanges(before, changes, context.now));
  if (changes.retired === true && before.parentCode === null) {
    await repo.setRetired(codesAffectedByRetirement(code, await repo.listAll()), after.retiredAt, context.now);
  }
  await recordAudit(context, 'taxonomy.change', 'taxonomy_node', code, { before, after });
  return after;
}
