import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import type { Delegation, RoleLimits } from './model.ts';
import { delegations } from './tables.ts';

export function createDelegationsRepository(db: Executor) {
  return {
    listByEdition(editionId: string): Promise<Delegation[]> {
      return db
        .select()
        .from(delegations)
        .where(eq(delegations.editionId, editionId))
        .orderBy(asc(delegations.provinceId));
    },

    async find(id: string): Promise<Delegation | null> {
      const [row] = await db.select().from(delegations).where(eq(delegations.id, id));
      return row ?? null;
    },

    async findByProvince(editionId: string, provinceId: string): Promise<Delegation | null> {
      const [row] = await db
        .select()
        .from(delegations)
        .where(and(eq(delegations.editionId, editionId), eq(delegations.provinceId, provinceId)));
      return row ?? null;
    },

    /** Copies the rows of one edition to another; a province already there keeps its own. */
    async copyToEdition(fromEditionId: string, toEditionId: string): Promise<number> {
      const source = await db.select().from(delegations).where(eq(delegations.editionId, fromEditionId));
      if (source.length === 0) return 0;
      const rows = await db
        .insert(delegations)
        .values(
          source.map(({ provinceId, memberLimit, roleLimits }) => ({
            editionId: toEditionId,
            provinceId,
            memberLimit,
            roleLimits,
          })),
        )
        .onConflictDoNothing()
        .returning({ id: delegations.id });
      return rows.length;
    },

    async updateLimits(id: string, memberLimit: number, roleLimits: RoleLimits): Promise<Delegation> {
      const [row] = await db
        .update(delegations)
        .set({ memberLimit, roleLimits })
        .where(eq(delegations.id, id))
        .returning();
      return row!;
    },
  };
}
