import type { RequestContext, WriteContext } from '../../platform/context/request-context.ts';
import { inTransaction } from '../../platform/context/request-context.ts';
import { requirePermission } from '../../platform/identity/permissions.ts';
import { toIndexedDocument } from './document-rows.ts';
import type { DocumentType, SearchDocumentInput } from './model.ts';
import { SPELLING_KEY_VERSION } from '../../platform/text/latin-key.ts';
import { createSearchRepository } from './repository.ts';

/**
 * What the index is built with, as one number: the spelling keys (platform/text/latin-key.ts),
 * times 1000, plus the postings' layout (2: taxonomy codes are posting words too, for the concept
 * arm; 3: so is the province, for a query naming a place; 4: the documents of draft editions,
 * indexed before, are left out until their edition is published). A change to either rebuilds
 * the index once on the next start.
 */
const POSTINGS_LAYOUT = 4;
export const INDEX_VERSION = SPELLING_KEY_VERSION * 1000 + POSTINGS_LAYOUT;
import { rekeyAllTerms } from './terms.ts';

/** Called by the capability that writes a public thing, in its transaction: the index never lags behind. */
export async function indexDocuments(context: WriteContext, documents: readonly SearchDocumentInput[]): Promise<void> {
  await createSearchRepository(context.db).upsertDocuments(documents.map(toIndexedDocument));
}

/** Called when a thing stops being public (archived, deleted, made a draft again). */
export async function removeFromIndex(
  context: WriteContext,
  type: DocumentType,
  ids: readonly string[],
): Promise<void> {
  await createSearchRepository(context.db).deleteDocuments(type, ids);
}

/** All the public documents of one type, as their capability lists them, for rebuilding the index. */
export type DocumentSource = {
  type: DocumentType;
  listDocuments: (context: RequestContext) => Promise<SearchDocumentInput[]>;
};

/** The secretariat rebuilds the index, after a bulk change made outside the platform. */
export async function rebuildSearchIndex(context: RequestContext, sources: readonly DocumentSource[]) {
  requirePermission(context.actor, 'search.manage');
  return rebuildIndex(context, sources);
}

/**
 * Rebuilds the index from the capabilities' own lists (after the seed, or when the secretariat
 * asks), one type at a time in one transaction each. The sources are handed in by `app.ts` and
 * the seed, so search imports none of the capabilities it indexes.
 */
export async function rebuildIndex(context: RequestContext, sources: readonly DocumentSource[]): Promise<number> {
  let indexed = 0;
  for (const source of sources) {
    const documents = await source.listDocuments(context);
    await inTransaction(context, async (write) => {
      const repo = createSearchRepository(write.db);
      await repo.deleteDocumentsOfType(source.type);
      await repo.upsertDocuments(documents.map(toIndexedDocument));
    });
    indexed += documents.length;
  }
  return indexed;
}

/** After the seed has built the index afresh: it holds the current spelling keys. */
export async function markIndexCurrent(context: WriteContext): Promise<void> {
  await createSearchRepository(context.db).setKeyVersion(INDEX_VERSION);
}

/**
 * On start: if the index was built with older spelling keys or postings, re-key the terms and
 * rebuild the index, once. The state row is locked for the work, so of several instances starting together
 * one rebuilds and the others find it done. Returns whether it rebuilt.
 */
export async function refreshSearchIndex(context: RequestContext, sources: readonly DocumentSource[]) {
  return inTransaction(context, async (write) => {
    const repo = createSearchRepository(write.db);
    if ((await repo.lockKeyVersion()) === INDEX_VERSION) return false;
    await rekeyAllTerms(write);
    await rebuildIndex(write, sources);
    await repo.setKeyVersion(INDEX_VERSION);
    return true;
  });
}
