import { recordAudit } from '../../platform/audit/record-audit.ts';
import { indexExhibitor } from './search-documents.ts';
import type { RequestContext, WriteContext } from '../../platform/context/request-context.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { requirePermission } from '../../platform/identity/permissions.ts';
import { listProvinces, provinceExists } from '../provinces/service.ts';
import { findVisibleEdition } from '../summit/service.ts';
import { createExhibitorsRepository } from './exhibitors-repository.ts';
import { createFloorRepository } from './floor-repository.ts';
import type { Exhibitor, ExhibitorContent, ExhibitorFilter } from './model.ts';
import { hsCodesOfProducts } from './rules.ts';

export type ExhibitorWithBooths = Exhibitor & { booths: { id: string; code: string }[] };
export type ExhibitorQuery = Omit<ExhibitorFilter, 'expoId' | 'provinceIds'> & { province?: string; country?: string };

export async function assertExpoExists(context: RequestContext, expoId: string): Promise<void> {
  if (!(await createFloorRepository(context.db).findExpo(expoId))) {
    throw new AppError('expo_not_found', { id: expoId });
  }
}

/** An expo as a reader may open it: one of a draft edition is not found by anyone but the secretariat. */
export async function assertExpoVisible(context: RequestContext, expoId: string): Promise<void> {
  if (!(await isExpoVisible(context, expoId))) throw new AppError('expo_not_found', { id: expoId });
}

async function isExpoVisible(context: RequestContext, expoId: string): Promise<boolean> {
  const expo = await createFloorRepository(context.db).findExpo(expoId);
  return expo !== null && (await findVisibleEdition(context, expo.editionId)) !== null;
}

/** The province is a field of the form, so the refusal is shown next to it. */
async function assertProvince(context: RequestContext, provinceId: string | undefined): Promise<void> {
  if (provinceId && !(await provinceExists(context, provinceId))) {
    throw new AppError('province_not_found', { id: provinceId }, { field: 'provinceId' });
  }
}

async function withBooths(context: RequestContext, items: Exhibitor[]): Promise<ExhibitorWithBooths[]> {
  const booths = await createExhibitorsRepository(context.db).boothsOf(items.map((item) => item.id));
  return items.map((item) => ({ ...item, booths: booths.get(item.id) ?? [] }));
}

export async function createExhibitor(
  context: WriteContext,
  expoId: string,
  content: ExhibitorContent,
): Promise<ExhibitorWithBooths> {
  requirePermission(context.actor, 'exhibitor.write', { organisation: content.organisation });
  await assertExpoExists(context, expoId);
  await assertProvince(context, content.provinceId);
  const exhibitor = await createExhibitorsRepository(context.db).insert({
    ...content,
    expoId,
    hsCodes: hsCodesOfProducts(content.products),
    ownerUserId: context.actor?.userId ?? null,
    createdAt: context.now,
    updatedAt: context.now,
    isDemo: false,
  });
  await recordAudit(context, 'exhibitor.create', 'exhibitor', exhibitor.id, { after: exhibitor });
  await indexExhibitor(context, exhibitor);
  return { ...exhibitor, booths: [] };
}

/** An exhibitor account may edit its organisation's entry but not hand it to another organisation. */
export async function updateExhibitor(
  context: WriteContext,
  id: string,
  changes: Partial<ExhibitorContent>,
): Promise<ExhibitorWithBooths> {
  const repo = createExhibitorsRepository(context.db);
  const before = await repo.find(id);
  if (!before) throw new AppError('exhibitor_not_found', { id });
  requirePermission(context.actor, 'exhibitor.write', { organisation: before.organisation });
  if (changes.organisation !== undefined) {
    requirePermission(context.actor, 'exhibitor.write', { organisation: changes.organisation });
  }
  await assertProvince(context, changes.provinceId);
  const derived = changes.products ? { hsCodes: hsCodesOfProducts(changes.products) } : {};
  const after = await repo.update(id, { ...changes, ...derived, updatedAt: context.now });
  await recordAudit(context, 'exhibitor.update', 'exhibitor', id, { before, after });
  await indexExhibitor(context, after);
  return (await withBooths(context, [after]))[0]!;
}

export async function getExhibitor(context: RequestContext, id: string): Promise<ExhibitorWithBooths> {
  const exhibitor = await createExhibitorsRepository(context.db).find(id);
  if (!exhibitor || !(await isExpoVisible(context, exhibitor.expoId)))
    throw new AppError('exhibitor_not_found', { id });
  return (await withBooths(context, [exhibitor]))[0]!;
}

/** The public directory. Countries filter through the provinces, which the expo does not keep itself. */
export async function listExhibitors(
  context: RequestContext,
  expoId: string,
  query: ExhibitorQuery,
): Promise<{ items: ExhibitorWithBooths[]; total: number }> {
  await assertExpoVisible(context, expoId);
  const { province, country, ...rest } = query;
  let provinceIds: string[] | undefined = province ? [province] : undefined;
  if (country) {
    const inCountry = (await listProvinces(context))
      .filter((candidate) => candidate.countryCode === country)
      .map((candidate) => candidate.id);
    provinceIds = provinceIds ? provinceIds.filter((id) => inCountry.includes(id)) : inCountry;
  }
  const page = await createExhibitorsRepository(context.db).list({ ...rest, expoId, provinceIds });
  return { items: await withBooths(context, page.items), total: page.total };
}

/** Every exhibitor of an expo, for matching buyers and for the directory file. */
export function listAllExhibitors(context: RequestContext, expoId: string): Promise<Exhibitor[]> {
  return createExhibitorsRepository(context.db).listAll(expoId);
}

/** The exhibitors a set of HS codes could match, found by the database rather than by reading them all. */
export function listExhibitorsSharingHsCodes(
  context: RequestContext,
  expoId: string,
  hsCodes: readonly string[],
): Promise<Exhibitor[]> {
  return createExhibitorsRepository(context.db).listSharingHsCodes(expoId, hsCodes);
}
