import type { Database, Executor } from '../../platform/db/client.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/http/errors.ts';
import type { Actor } from '../accounts/model.ts';
import { can } from '../accounts/permissions.ts';
import type { AuditContext } from '../audit/model.ts';
import { recordAudit } from '../audit/service.ts';
import { listProvinces, provinceExists } from '../provinces/service.ts';
import { createExhibitorsRepository } from './exhibitors-repository.ts';
import { createFloorRepository } from './floor-repository.ts';
import type { Exhibitor, ExhibitorContent, ExhibitorFilter } from './model.ts';
import { hsCodesOfProducts } from './rules.ts';

export type WriteContext = { actor: Actor | null; audit: AuditContext; now: Date };
export type ExhibitorWithBooths = Exhibitor & { booths: { id: string; code: string }[] };
export type ExhibitorQuery = Omit<ExhibitorFilter, 'expoId' | 'provinceIds'> & { province?: string; country?: string };

export async function assertExpoExists(db: Executor, expoId: string): Promise<void> {
  if (!(await createFloorRepository(db).findExpo(expoId))) throw new AppError('expo_not_found', { id: expoId });
}

function assertMayWrite(actor: Actor | null, organisation: string): void {
  if (!can(actor, 'exhibitor.write', { organisation })) throw new AppError('forbidden');
}

async function assertProvince(db: Executor, provinceId: string | undefined): Promise<void> {
  if (provinceId && !(await provinceExists(db, provinceId)))
    throw new AppError('province_not_found', { id: provinceId });
}

async function withBooths(db: Executor, items: Exhibitor[]): Promise<ExhibitorWithBooths[]> {
  const booths = await createExhibitorsRepository(db).boothsOf(items.map((item) => item.id));
  return items.map((item) => ({ ...item, booths: booths.get(item.id) ?? [] }));
}

export async function createExhibitor(
  db: Database,
  context: WriteContext,
  expoId: string,
  content: ExhibitorContent,
): Promise<ExhibitorWithBooths> {
  assertMayWrite(context.actor, content.organisation);
  await assertExpoExists(db, expoId);
  await assertProvince(db, content.provinceId);
  const created = await inTransaction(db, async (tx) => {
    const exhibitor = await createExhibitorsRepository(tx).insert({
      ...content,
      expoId,
      hsCodes: hsCodesOfProducts(content.products),
      ownerUserId: context.actor?.userId ?? null,
      createdAt: context.now,
      updatedAt: context.now,
      isDemo: false,
    });
    await recordAudit(tx, context.audit, {
      action: 'exhibitor.create',
      entityType: 'exhibitor',
      entityId: exhibitor.id,
      after: exhibitor,
    });
    return exhibitor;
  });
  return { ...created, booths: [] };
}

/** An exhibitor account may edit its organisation's entry but not hand it to another organisation. */
export async function updateExhibitor(
  db: Database,
  context: WriteContext,
  id: string,
  changes: Partial<ExhibitorContent>,
): Promise<ExhibitorWithBooths> {
  const updated = await inTransaction(db, async (tx) => {
    const repo = createExhibitorsRepository(tx);
    const before = await repo.find(id);
    if (!before) throw new AppError('exhibitor_not_found', { id });
    assertMayWrite(context.actor, before.organisation);
    if (changes.organisation !== undefined) assertMayWrite(context.actor, changes.organisation);
    await assertProvince(tx, changes.provinceId);
    const derived = changes.products ? { hsCodes: hsCodesOfProducts(changes.products) } : {};
    const after = await repo.update(id, { ...changes, ...derived, updatedAt: context.now });
    await recordAudit(tx, context.audit, {
      action: 'exhibitor.update',
      entityType: 'exhibitor',
      entityId: id,
      before,
      after,
    });
    return after;
  });
  return (await withBooths(db, [updated]))[0]!;
}

export async function getExhibitor(db: Executor, id: string): Promise<ExhibitorWithBooths> {
  const exhibitor = await createExhibitorsRepository(db).find(id);
  if (!exhibitor) throw new AppError('exhibitor_not_found', { id });
  return (await withBooths(db, [exhibitor]))[0]!;
}

/** The public directory. Countries filter through the provinces, which the expo does not keep itself. */
export async function listExhibitors(
  db: Executor,
  expoId: string,
  query: ExhibitorQuery,
): Promise<{ items: ExhibitorWithBooths[]; total: number }> {
  await assertExpoExists(db, expoId);
  const { province, country, ...rest } = query;
  let provinceIds: string[] | undefined = province ? [province] : undefined;
  if (country) {
    const inCountry = (await listProvinces(db))
      .filter((candidate) => candidate.countryCode === country)
      .map((candidate) => candidate.id);
    provinceIds = provinceIds ? provinceIds.filter((id) => inCountry.includes(id)) : inCountry;
  }
  const page = await createExhibitorsRepository(db).list({ ...rest, expoId, provinceIds });
  return { items: await withBooths(db, page.items), total: page.total };
}

/** Every exhibitor of an expo, for matching buyers and for the directory file. */
export async function listAllExhibitors(db: Executor, expoId: string): Promise<Exhibitor[]> {
  return createExhibitorsRepository(db).listAll(expoId);
}

/** The exhibitors a set of HS codes could match, found by the database rather than by reading them all. */
export function listExhibitorsSharingHsCodes(
  db: Executor,
  expoId: string,
  hsCodes: readonly string[],
): Promise<Exhibitor[]> {
  return createExhibitorsRepository(db).listSharingHsCodes(expoId, hsCodes);
}
