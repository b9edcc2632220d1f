import { asc, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import type { BuyerInterest } from './model.ts';
import { buyerInterests } from './tables.ts';

/** The only file that queries buyer interests. */
export function createBuyerInterestsRepository(db: Executor) {
  return {
    list(expoId: string): Promise<BuyerInterest[]> {
      return db
        .select()
        .from(buyerInterests)
        .where(eq(buyerInterests.expoId, expoId))
        .orderBy(desc(buyerInterests.createdAt), asc(buyerInterests.id));
    },

    async insert(interest: Omit<BuyerInterest, 'id'>): Promise<BuyerInterest> {
      const [row] = await db.insert(buyerInterests).values(interest).returning();
      return row!;
    },
  };
}
