import { readAll } from '../../platform/db/read-all.ts';
import type { RequestContext } from '../../platform/context/request-context.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { can, requirePermission } from '../../platform/identity/permissions.ts';
import type { Edition, EditionDetail } from './model.ts';
import { createSummitRepository } from './repository.ts';

/** Every edition, drafts included: for the capabilities that work on editions being prepared. */
export function listEditions(context: RequestContext): Promise<Edition[]> {
  return createSummitRepository(context.db).listEditions();
}

/** The editions a reader may see, newest first: the published ones, and drafts for the secretariat when asked. */
export function listVisibleEditions(context: RequestContext, { includeDrafts }: { includeDrafts: boolean }) {
  if (includeDrafts) requirePermission(context.actor, 'edition.manage');
  return createSummitRepository(context.db).listEditions({ includeDrafts });
}

/** The current edition is the published one that opens last; a draft being prepared never is. */
export async function getCurrentEdition(context: RequestContext): Promise<EditionDetail> {
  const latest = await createSummitRepository(context.db).findLatestPublishedEdition();
  if (!latest) throw new AppError('edition_not_found', { id: 'current' });
  return withProgramme(context, latest);
}

/**
 * The one rule of who may open an edition, and anything read by its id (programme, expo,
 * delegations): a draft is found by the secretariat (its preview) and by nobody else, to whom it
 * does not exist. Null when there is no such edition or the reader may not see it.
 */
export async function findVisibleEdition(context: RequestContext, id: string): Promise<Edition | null> {
  const edition = await createSummitRepository(context.db).findEdition(id);
  if (!edition || (edition.status === 'draft' && !can(context.actor, 'edition.manage'))) return null;
  return edition;
}

/** findVisibleEdition, refusing with edition_not_found. */
export async function requireVisibleEdition(context: RequestContext, id: string): Promise<Edition> {
  const edition = await findVisibleEdition(context, id);
  if (!edition) throw new AppError('edition_not_found', { id });
  return edition;
}

/** An edition with its programme as a reader may open it (requireVisibleEdition). */
export async function getVisibleEdition(context: RequestContext, id: string): Promise<EditionDetail> {
  return withProgramme(context, await requireVisibleEdition(context, id));
}

/** The published editions, newest first: what the public site and search show. */
export function listPublishedEditions(context: RequestContext): Promise<Edition[]> {
  return createSummitRepository(context.db).listEditions({ includeDrafts: false });
}

export async function getEdition(context: RequestContext, id: string): Promise<EditionDetail> {
  const edition = await createSummitRepository(context.db).findEdition(id);
  if (!edition) throw new AppError('edition_not_found', { id });
  return withProgramme(context, edition);
}

async function withProgramme(context: RequestContext, edition: Edition): Promise<EditionDetail> {
  const repo = createSummitRepository(context.db);
  const [panels, speakers, provinces, expos] = await readAll(context.db, [
    () => repo.listPanels(edition.id),
    () => repo.listSpeakers(edition.id),
    () => repo.listProvinces(edition.id),
    () => repo.listExpos(edition.id),
  ]);
  return { ...edition, panels, speakers, provinces, expos };
}

/** The edition alone, without its programme; null when there is none. */
export function findEdition(context: RequestContext, id: string): Promise<Edition | null> {
  return createSummitRepository(context.db).findEdition(id);
}

export async function listPanelIds(context: RequestContext, editionId: string): Promise<string[]> {
  return (await createSummitRepository(context.db).listPanels(editionId)).map((panel) => panel.id);
}
