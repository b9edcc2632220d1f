import { and, desc, eq, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import type { Interest } from './model.ts';
import { interests } from './tables.ts';

export function createInterestsRepository(db: Executor) {
  return {
    /** Null when the party already sent one for the item: a race the unique constraint decides. */
    async insert(interest: Omit<Interest, 'id'>): Promise<Interest | null> {
      const [row] = await db
        .insert(interests)
        .values(interest)
        .onConflictDoNothing({ target: [interests.itemId, interests.fromParty] })
        .returning();
      return row ?? null;
    },

    async find(id: string): Promise<Interest | null> {
      const [row] = await db.select().from(interests).where(eq(interests.id, id));
      return row ?? null;
    },

    async existsFor(itemId: string, party: string): Promise<boolean> {
      const rows = await db
        .select({ id: interests.id })
        .from(interests)
        .where(and(eq(interests.itemId, itemId), eq(interests.fromParty, party)));
      return rows.length > 0;
    },

    /** Answers only an interest still waiting: two people answering at once cannot both win. */
    async answer(id: string, changes: Pick<Interest, 'status' | 'reply' | 'answeredAt' | 'answeredBy'>) {
      const [row] = await db
        .update(interests)
        .set(changes)
        .where(and(eq(interests.id, id), eq(interests.status, 'sent')))
        .returning();
      return row ?? null;
    },

    /** Interests matching any of the conditions (sent by a party, received by a province or an organisation), newest first; all with none. */
    list(where: { fromParty?: string; toProvinceId?: string; toOrganisation?: string }): Promise<Interest[]> {
      const conditions: SQL[] = [];
      if (where.fromParty) conditions.push(eq(interests.fromParty, where.fromParty));
      if (where.toProvinceId) conditions.push(eq(interests.toProvinceId, where.toProvinceId));
      if (where.toOrganisation) conditions.push(eq(interests.toOrganisation, where.toOrganisation));
      return db
        .select()
        .from(interests)
        .where(conditions.length > 0 ? or(...conditions) : undefined)
        .orderBy(desc(interests.createdAt), desc(interests.id))
        .limit(200);
    },
  };
}
