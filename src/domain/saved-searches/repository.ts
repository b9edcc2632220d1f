import { and, asc, count, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { savedSearches } from './tables.ts';

export type SavedSearchRow = typeof savedSearches.$inferSelect;

/** Every statement is scoped to the owner: nobody reads or changes another person's kept searches. */
export function createSavedSearchesRepository(db: Executor, userId: string) {
  const own = (id: string) => and(eq(savedSearches.id, id), eq(savedSearches.userId, userId));
  return {
    async count(): Promise<number> {
      const [row] = await db.select({ n: count() }).from(savedSearches).where(eq(savedSearches.userId, userId));
      return row?.n ?? 0;
    },

    async insert(values: Omit<SavedSearchRow, 'id' | 'userId'>): Promise<SavedSearchRow> {
      const [row] = await db
        .insert(savedSearches)
        .values({ ...values, userId })
        .returning();
      return row!;
    },

    list(): Promise<SavedSearchRow[]> {
      return db
        .select()
        .from(savedSearches)
        .where(eq(savedSearches.userId, userId))
        .orderBy(asc(savedSearches.createdAt), asc(savedSearches.id));
    },

    async markSeen(id: string, at: Date): Promise<SavedSearchRow | null> {
      const [row] = await db.update(savedSearches).set({ lastSeenAt: at }).where(own(id)).returning();
      return row ?? null;
    },

    async delete(id: string): Promise<boolean> {
      return (await db.delete(savedSearches).where(own(id)).returning({ id: savedSearches.id })).length > 0;
    },
  };
}
