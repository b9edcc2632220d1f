import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { WriteContext } from '../../platform/context/request-context.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { languageParam, listParam } from '../../platform/errors/message-params.ts';
import { requirePermission } from '../../platform/identity/permissions.ts';
import { countryOfProvince } from '../provinces/service.ts';
import { indexDocuments } from '../search/index-documents.ts';
import type { Edition } from './model.ts';
import { findPublicationGaps, requiredLanguages } from './publication-rules.ts';
import { createSummitRepository } from './repository.ts';
import { speakerDocument } from './search-documents.ts';

/**
 * What a capability built on summit does when an edition goes public, in the publication's
 * transaction: programme and expo put the edition's sessions and exhibitors into search, which
 * leaves a draft's out. Handed in by `app.ts`, so summit imports none of them.
 */
export type EditionPublishStep = (context: WriteContext, edition: Edition) => Promise<void>;

/**
 * Puts a draft on the public site: from now on it is the current edition if it opens after every
 * other published one. Refused, naming every field at fault, while anything is missing or does not fit.
 */
export async function publishEdition(
  context: WriteContext,
  id: string,
  publishSteps: readonly EditionPublishStep[],
): Promise<Edition> {
  requirePermission(context.actor, 'edition.manage');
  const repo = createSummitRepository(context.db);
  const before = await repo.lockEdition(id);
  if (!before) throw new AppError('edition_not_found', { id });
  if (before.status === 'published') throw new AppError('edition_already_published', { id });
  await requirePublishable(context, before);
  const after = await repo.publishEdition(id, context.now);
  await recordAudit(context, 'edition.publish', 'edition', id, { before, after });
  await indexDocuments(
    context,
    (await repo.listSpeakers(id)).map((speaker) => speakerDocument(speaker, after)),
  );
  for (const step of publishSteps) await step(context, after);
  return after;
}

/**
 * Throws edition_incomplete with one field error per gap. Publishing checks it, and so does every
 * change to a published edition or its expo, so the public never sees an edition emptied again.
 */
export async function requirePublishable(context: WriteContext, edition: Edition): Promise<void> {
  const repo = createSummitRepository(context.db);
  const hostCountryCode = (await countryOfProvince(context))(edition.hostProvinceId);
  const gaps = findPublicationGaps({
    edition,
    expos: await repo.listExpos(edition.id),
    copiedFromExpos: edition.copiedFromEditionId ? await repo.listExpos(edition.copiedFromEditionId) : [],
    hostCountryCode,
  });
  if (gaps.length === 0) return;
  const languages = listParam(requiredLanguages(hostCountryCode).map(languageParam));
  throw new AppError('edition_incomplete', { count: gaps.length, languages }, { fieldErrors: gaps });
}
