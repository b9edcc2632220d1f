import { randomUUID } from 'node:crypto';
import type { CatalogueItem, ItemContent, ItemStatus } from '../../../domain/catalogue/model.ts';
import { createCatalogueRepository } from '../../../domain/catalogue/repository.ts';
import type { Executor } from '../../db/client.ts';

export type ItemSpec = Partial<ItemContent> & { status?: ItemStatus; ownerUserId?: string | null; at?: Date };

/** What an offer or need says: by default an offer of Gilan in English, with nothing else filled in. */
export function itemContent(spec: Partial<ItemContent> = {}): ItemContent {
  return {
    kind: 'offer',
    provinceId: 'gilan',
    organisation: null,
    language: 'en',
    title: { en: 'Test item' },
    description: {},
    taxonomyCodes: [],
    hsCodes: [],
    quantity: null,
    value: null,
    seasonMonths: [],
    validFrom: null,
    validUntil: null,
    contactLanguages: [],
    ...spec,
  };
}

/**
 * An offer or need stored through the catalogue's repository with its first version, as a
 * province's office files it: by default a draft offer of Gilan in English. No audit entry.
 */
export async function insertItem(db: Executor, spec: ItemSpec = {}): Promise<string> {
  const { status = 'draft', ownerUserId = null, at = new Date('2025-10-01T08:00:00Z'), ...content } = spec;
  const item: CatalogueItem = {
    ...itemContent(content),
    id: randomUUID(),
    ownerUserId,
    status,
    isDemo: false,
    version: 1,
    createdAt: at,
    updatedAt: at,
    publishedAt: status === 'published' ? at : null,
  };
  const repo = createCatalogueRepository(db);
  const created = await repo.insert(item);
  await repo.insertVersion({
    itemId: created.id,
    version: 1,
    change: 'created',
    changedBy: ownerUserId,
    changedAt: at,
    snapshot: created,
  });
  return created.id;
}
