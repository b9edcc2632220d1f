import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import type { TaxonomyNode } from './model.ts';
import { taxonomyNodes } from './tables.ts';

export function createTaxonomyRepository(db: Executor) {
  return {
    listAll(): Promise<TaxonomyNode[]> {
      return db.select().from(taxonomyNodes).orderBy(asc(taxonomyNodes.position), asc(taxonomyNodes.code));
    },

    listActiveLabels(codes: readonly string[]) {
      return db
        .select({ code: taxonomyNodes.code, labels: taxonomyNodes.labels })
        .from(taxonomyNodes)
        .where(and(inArray(taxonomyNodes.code, [...codes]), isNull(taxonomyNodes.retiredAt)));
    },

    async find(code: string): Promise<TaxonomyNode | null> {
      const [row] = await db.select().from(taxonomyNodes).where(eq(taxonomyNodes.code, code));
      return row ?? null;
    },

    async insert(node: TaxonomyNode): Promise<TaxonomyNode> {
      const [row] = await db.insert(taxonomyNodes).values(node).returning();
      return row!;
    },

    async update(node: TaxonomyNode): Promise<TaxonomyNode> {
      const { code, ...changes } = node;
      const [row] = await db.update(taxonomyNodes).set(changes).where(eq(taxonomyNodes.code, code)).returning();
      return row!;
    },

    async setRetired(codes: string[], retiredAt: Date | null, now: Date): Promise<void> {
      await db.update(taxonomyNodes).set({ retiredAt, updatedAt: now }).where(inArray(taxonomyNodes.code, codes));
    },
  };
}
