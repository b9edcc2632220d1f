import type { WriteContext } from '../../platform/context/request-context.ts';
import { countryOfProvince } from '../provinces/service.ts';
import { type DocumentSource, indexDocuments, removeFromIndex } from '../search/index-documents.ts';
import type { SearchDocumentInput } from '../search/model.ts';
import type { CatalogueItem } from './model.ts';
import { createCatalogueRepository } from './repository.ts';

/** A published offer or need as search finds it: by its texts in every language and its organisation. */
export function itemDocument(item: CatalogueItem, countryCode: string | null): SearchDocumentInput {
  return {
    type: 'item',
    id: item.id,
    language: item.language,
    title: item.title,
    body: item.description,
    extraTerms: item.organisation ? [item.organisation.name] : [],
    kind: item.kind,
    countryCode,
    provinceId: item.provinceId,
    taxonomyCodes: item.taxonomyCodes,
    hsCodes: item.hsCodes,
    path: `/catalogue/${item.id}`,
    isDemo: item.isDemo,
    updatedAt: item.updatedAt,
  };
}

/** Keeps the index as the items now are: published ones findable, drafts and archived ones not. */
export async function syncItemsWithSearch(context: WriteContext, items: readonly CatalogueItem[]): Promise<void> {
  const countryOf = await countryOfProvince(context);
  const published = items.filter((item) => item.status === 'published');
  await indexDocuments(
    context,
    published.map((item) => itemDocument(item, countryOf(item.provinceId))),
  );
  await removeFromIndex(
    context,
    'item',
    items.filter((item) => item.status !== 'published').map((item) => item.id),
  );
}

export const itemDocuments: DocumentSource = {
  type: 'item',
  listDocuments: async (context) => {
    const countryOf = await countryOfProvince(context);
    const items = await createCatalogueRepository(context.db).listPublished();
    return items.map((item) => itemDocument(item, countryOf(item.provinceId)));
  },
};
