import { readAll } from '../../platform/db/read-all.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { RequestContext, WriteContext } from '../../platform/context/request-context.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { LocalizedText } from '../../platform/i18n/localized-text.ts';
import { requirePermission } from '../../platform/identity/permissions.ts';
import type { Port, ProfileSections, Province, ProvinceSummary } from './model.ts';
import { createProvincesRepository } from './repository.ts';
import { provinceDocument } from './search-documents.ts';
import { indexDocuments } from '../search/index-documents.ts';

export type ProvinceDetail = Province & { ports: Port[]; sameCountry: ProvinceSummary[] };

export function listProvinces(context: RequestContext): Promise<ProvinceSummary[]> {
  return createProvincesRepository(context.db).listSummaries();
}

/** The country of each province, for those that file things by province and search them by country. */
export async function countryOfProvince(context: RequestContext): Promise<(provinceId: string) => string | null> {
  const countries = new Map((await listProvinces(context)).map((province) => [province.id, province.countryCode]));
  return (provinceId) => countries.get(provinceId) ?? null;
}

export function listPorts(context: RequestContext): Promise<Port[]> {
  return createProvincesRepository(context.db).listPorts();
}

export async function provinceExists(context: RequestContext, id: string): Promise<boolean> {
  return (await createProvincesRepository(context.db).find(id)) !== null;
}

export async function getProvinceDetail(context: RequestContext, id: string): Promise<ProvinceDetail> {
  const repo = createProvincesRepository(context.db);
  const province = await repo.find(id);
  if (!province) throw new AppError('province_not_found', { id });
  const [ports, all] = await readAll(context.db, [() => repo.listPortsOf(id), () => repo.listSummaries()]);
  const sameCountry = all.filter((other) => other.countryCode === province.countryCode && other.id !== id);
  return { ...province, ports, sameCountry };
}

export type ProfileChanges = { overview?: LocalizedText; sections?: ProfileSections };

/** Sections given replace those sections whole; sections left out stay as they are. */
export async function updateProvinceProfile(
  context: WriteContext,
  id: string,
  changes: ProfileChanges,
): Promise<ProvinceDetail> {
  const repo = createProvincesRepository(context.db);
  const before = await repo.find(id);
  if (!before) throw new AppError('province_not_found', { id });
  requirePermission(context.actor, 'province.edit', { provinceId: id });
  const after = await repo.updateProfile(
    id,
    { overview: changes.overview ?? before.overview, sections: { ...before.sections, ...changes.sections } },
    context.now,
  );
  await recordAudit(context, 'province.update_profile', 'province', id, {
    before: { overview: before.overview, sections: before.sections },
    after: { overview: after.overview, sections: after.sections },
  });
  await indexDocuments(context, [provinceDocument(after)]);
  return getProvinceDetail(context, id);
}
