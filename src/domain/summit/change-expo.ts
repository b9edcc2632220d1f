import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { WriteContext } from '../../platform/context/request-context.ts';
import { AppError, invalidFields } from '../../platform/errors/app-error.ts';
import { requirePermission } from '../../platform/identity/permissions.ts';
import { provinceExists } from '../provinces/service.ts';
import { isDateOrderValid, withoutBlankTexts } from './edition-rules.ts';
import type { Expo, ExpoChanges } from './model.ts';
import { requirePublishable } from './publish-edition.ts';
import { createSummitRepository } from './repository.ts';

/**
 * An edition's expo renamed, moved or re-dated: a copied expo keeps the earlier edition's name and
 * place until the secretariat changes them here. Its floor, exhibitors and buyers stay as they are.
 */
export async function changeExpo(
  context: WriteContext,
  editionId: string,
  expoId: string,
  changes: ExpoChanges,
): Promise<Expo> {
  requirePermission(context.actor, 'edition.manage');
  const repo = createSummitRepository(context.db);
  const edition = await repo.lockEdition(editionId);
  if (!edition) throw new AppError('edition_not_found', { id: editionId });
  const before = await repo.findExpo(editionId, expoId);
  if (!before) throw new AppError('expo_not_found', { id: expoId });
  if (!isDateOrderValid(changes.startsOn ?? before.startsOn, changes.endsOn ?? before.endsOn)) {
    throw invalidFields([{ path: 'endsOn', code: 'ends_before_start' }]);
  }
  if (changes.venueProvinceId && !(await provinceExists(context, changes.venueProvinceId))) {
    throw new AppError('province_not_found', { id: changes.venueProvinceId }, { field: 'venueProvinceId' });
  }
  await repo.updateExpo(expoId, withoutBlankTexts(changes));
  const after = (await repo.findExpo(editionId, expoId))!;
  if (edition.status === 'published') await requirePublishable(context, edition);
  await recordAudit(context, 'expo.change', 'expo', expoId, { before, after });
  return after;
}
