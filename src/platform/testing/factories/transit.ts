import type { ScenarioChange } from '../../../domain/transit/model.ts';
import { createTransitRepository } from '../../../domain/transit/repository.ts';
import type { Executor } from '../../db/client.ts';
import type { LocalizedText } from '../../i18n/localized-text.ts';

export type ScenarioSpec = {
  name?: LocalizedText;
  description?: LocalizedText;
  changes?: ScenarioChange[];
  ownerUserId?: string | null;
};

/**
 * A what-if scenario stored through the transit repository, without checking that its changes
 * name real nodes and legs: by default one that closes the Astara border crossing.
 */
export async function insertScenario(db: Executor, spec: ScenarioSpec = {}): Promise<string> {
  const at = new Date('2025-10-01T08:00:00Z');
  const scenario = await createTransitRepository(db).insertScenario({
    name: spec.name ?? { en: 'Test scenario' },
    description: spec.description ?? {},
    changes: spec.changes ?? [{ kind: 'close_node', nodeId: 'bc-astara' }],
    source: null,
    ownerUserId: spec.ownerUserId ?? null,
    createdAt: at,
    updatedAt: at,
  });
  return scenario.id;
}
