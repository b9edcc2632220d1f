import type { Database, Executor } from '../../platform/db/client.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/http/errors.ts';
import type { LocalizedText } from '../../platform/i18n/localized-text.ts';
import type { Actor } from '../accounts/model.ts';
import { can } from '../accounts/permissions.ts';
import type { AuditContext } from '../audit/model.ts';
import { recordAudit } from '../audit/service.ts';
import type { Port, ProfileSections, Province, ProvinceSummary } from './model.ts';
import { createProvincesRepository } from './repository.ts';

export type ProvinceDetail = Province & { ports: Port[]; sameCountry: ProvinceSummary[] };

export function listProvinces(db: Executor): Promise<ProvinceSummary[]> {
  return createProvincesRepository(db).listSummaries();
}

export function listPorts(db: Executor): Promise<Port[]> {
  return createProvincesRepository(db).listPorts();
}

export async function provinceExists(db: Executor, id: string): Promise<boolean> {
  return (await createProvincesRepository(db).find(id)) !== null;
}

export async function getProvinceDetail(db: Executor, id: string): Promise<ProvinceDetail> {
  const repo = createProvincesRepository(db);
  const province = await repo.find(id);
  if (!province) throw new AppError('province_not_found', { id });
  const [ports, all] = await Promise.all([repo.listPortsOf(id), repo.listSummaries()]);
  const sameCountry = all.filter((other) => other.countryCode === province.countryCode && other.id !== id);
  return { ...province, ports, sameCountry };
}

export type ProfileChanges = { overview?: LocalizedText; sections?: ProfileSections };

/** Sections given replace those sections whole; sections left out stay as they are. */
export async function updateProvinceProfile(
  db: Database,
  actor: Actor | null,
  audit: AuditContext,
  id: string,
  changes: ProfileChanges,
  now: Date,
): Promise<Province> {
  return inTransaction(db, async (tx) => {
    const repo = createProvincesRepository(tx);
    const before = await repo.find(id);
    if (!before) throw new AppError('province_not_found', { id });
    if (!can(actor, 'province.edit', { provinceId: id })) throw new AppError('forbidden');
    const after = await repo.updateProfile(
      id,
      { overview: changes.overview ?? before.overview, sections: { ...before.sections, ...changes.sections } },
      now,
    );
    await recordAudit(tx, audit, {
      action: 'province.update_profile',
      entityType: 'province',
      entityId: id,
      before: { overview: before.overview, sections: before.sections },
      after: { overview: after.overview, sections: after.sections },
    });
    return after;
  });
}
