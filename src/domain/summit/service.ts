import type { Executor } from '../../platform/db/client.ts';
import { AppError } from '../../platform/http/errors.ts';
import type { Edition, EditionDetail } from './model.ts';
import { createSummitRepository } from './repository.ts';

export function listEditions(db: Executor): Promise<Edition[]> {
  return createSummitRepository(db).listEditions();
}

/** The current edition is the most recent one by its opening date. */
export async function getCurrentEdition(db: Executor): Promise<EditionDetail> {
  const latest = await createSummitRepository(db).findLatestEdition();
  if (!latest) throw new AppError('edition_not_found', { id: 'current' });
  return withProgramme(db, latest);
}

export async function getEdition(db: Executor, id: string): Promise<EditionDetail> {
  const edition = await createSummitRepository(db).findEdition(id);
  if (!edition) throw new AppError('edition_not_found', { id });
  return withProgramme(db, edition);
}

async function withProgramme(db: Executor, edition: Edition): Promise<EditionDetail> {
  const repo = createSummitRepository(db);
  const [panels, speakers, provinces, expos] = await Promise.all([
    repo.listPanels(edition.id),
    repo.listSpeakers(edition.id),
    repo.listProvinces(edition.id),
    repo.listExpos(edition.id),
  ]);
  return { ...edition, panels, speakers, provinces, expos };
}

/** The edition alone, without its programme; null when there is none. */
export function findEdition(db: Executor, id: string): Promise<Edition | null> {
  return createSummitRepository(db).findEdition(id);
}

export async function listPanelIds(db: Executor, editionId: string): Promise<string[]> {
  return (await createSummitRepository(db).listPanels(editionId)).map((panel) => panel.id);
}
