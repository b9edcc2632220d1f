import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { buyerInterests, exhibitors, expoHalls } from './tables.ts';

/** The expo's invented content; booths and assignments go with their halls and exhibitors (cascade). */
export function createExpoDemoRepository(db: Executor) {
  return {
    async deleteDemo(expoId: string): Promise<{ halls: number; exhibitorIds: string[]; buyerInterests: number }> {
      return {
        buyerInterests: (
          await db
            .delete(buyerInterests)
            .where(and(eq(buyerInterests.expoId, expoId), eq(buyerInterests.isDemo, true)))
            .returning({ id: buyerInterests.id })
        ).length,
        exhibitorIds: (
          await db
            .delete(exhibitors)
            .where(and(eq(exhibitors.expoId, expoId), eq(exhibitors.isDemo, true)))
            .returning({ id: exhibitors.id })
        ).map((row) => row.id),
        halls: (
          await db
            .delete(expoHalls)
            .where(and(eq(expoHalls.expoId, expoId), eq(expoHalls.isDemo, true)))
            .returning({ id: expoHalls.id })
        ).length,
      };
    },
  };
}
