import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import type { CargoType } from './model.ts';
import type { CachedProvinceTransit } from './planning/province-transit.ts';
import {
  transitLegs,
  transitNetworkState,
  transitNodes,
  transitParameters,
  transitProvinceCache,
  transitScenarios,
} from './tables.ts';

export type NodeRow = typeof transitNodes.$inferSelect;
export type LegRow = typeof transitLegs.$inferSelect;
export type ParameterRow = typeof transitParameters.$inferSelect;
export type ScenarioRow = typeof transitScenarios.$inferSelect;
export type CacheRow = typeof transitProvinceCache.$inferSelect;

/** The transit tables: network, parameters, scenarios and the province-to-province cache. */
export function createTransitRepository(db: Executor) {
  return {
    async networkVersion(): Promise<number> {
      const [row] = await db
        .select({ version: transitNetworkState.version })
        .from(transitNetworkState)
        .where(eq(transitNetworkState.id, 1));
      return row?.version ?? 0;
    },

    /** Every change to nodes, legs or parameters calls this in its own transaction, which also serialises concurrent edits. */
    async bumpVersion(now: Date): Promise<number> {
      const [row] = await db
        .insert(transitNetworkState)
        .values({ id: 1, version: 1, changedAt: now })
        .onConflictDoUpdate({
          target: transitNetworkState.id,
          set: { version: sql`${transitNetworkState.version} + 1`, changedAt: now },
        })
        .returning({ version: transitNetworkState.version });
      return row!.version;
    },

    listNodes(): Promise<NodeRow[]> {
      return db.select().from(transitNodes).orderBy(asc(transitNodes.id));
    },

    listLegs(): Promise<LegRow[]> {
      return db.select().from(transitLegs).orderBy(asc(transitLegs.id));
    },

    async findNode(id: string): Promise<NodeRow | null> {
      const [row] = await db.select().from(transitNodes).where(eq(transitNodes.id, id));
      return row ?? null;
    },

    async findLeg(id: string): Promise<LegRow | null> {
      const [row] = await db.select().from(transitLegs).where(eq(transitLegs.id, id));
      return row ?? null;
    },

    async insertNode(node: NodeRow): Promise<NodeRow | null> {
      const [row] = await db.insert(transitNodes).values(node).onConflictDoNothing().returning();
      return row ?? null;
    },

    async updateNode(id: string, changes: Omit<NodeRow, 'id'>): Promise<NodeRow> {
      const [row] = await db.update(transitNodes).set(changes).where(eq(transitNodes.id, id)).returning();
      return row!;
    },

    async insertLeg(leg: LegRow): Promise<LegRow | null> {
      const [row] = await db.insert(transitLegs).values(leg).onConflictDoNothing().returning();
      return row ?? null;
    },

    async updateLeg(id: string, changes: Omit<LegRow, 'id'>): Promise<LegRow> {
      const [row] = await db.update(transitLegs).set(changes).where(eq(transitLegs.id, id)).returning();
      return row!;
    },

    async deleteLeg(id: string): Promise<void> {
      await db.delete(transitLegs).where(eq(transitLegs.id, id));
    },

    listParameters(): Promise<ParameterRow[]> {
      return db.select().from(transitParameters).orderBy(asc(transitParameters.key));
    },

    async updateParameter(key: string, changes: Omit<ParameterRow, 'key'>): Promise<ParameterRow> {
      const [row] = await db.update(transitParameters).set(changes).where(eq(transitParameters.key, key)).returning();
      return row!;
    },

    /** Every scenario, or the shared ones (without an owner) and those of the owner named. */
    listScenarios(visibleTo: 'all' | { ownerUserId: string | null }): Promise<ScenarioRow[]> {
      const owner = transitScenarios.ownerUserId;
      const visible =
        visibleTo === 'all'
          ? undefined
          : visibleTo.ownerUserId === null
            ? isNull(owner)
            : or(isNull(owner), eq(owner, visibleTo.ownerUserId));
      return db
        .select()
        .from(transitScenarios)
        .where(visible)
        .orderBy(asc(transitScenarios.createdAt), asc(transitScenarios.id));
    },

    async findScenario(id: string): Promise<ScenarioRow | null> {
      const [row] = await db.select().from(transitScenarios).where(eq(transitScenarios.id, id));
      return row ?? null;
    },

    async insertScenario(scenario: typeof transitScenarios.$inferInsert): Promise<ScenarioRow> {
      const [row] = await db.insert(transitScenarios).values(scenario).returning();
      return row!;
    },

    async updateScenario(id: string, changes: Partial<Omit<ScenarioRow, 'id'>>): Promise<ScenarioRow> {
      const [row] = await db.update(transitScenarios).set(changes).where(eq(transitScenarios.id, id)).returning();
      return row!;
    },

    async deleteScenario(id: string): Promise<void> {
      await db.delete(transitScenarios).where(eq(transitScenarios.id, id));
    },

    async findCached(
      fromProvinceId: string,
      toProvinceId: string,
      cargo: CargoType,
      version: number,
    ): Promise<CachedProvinceTransit | null> {
      const [row] = await db
        .select({ answer: transitProvinceCache.answer })
        .from(transitProvinceCache)
        .where(
          and(
            eq(transitProvinceCache.fromProvinceId, fromProvinceId),
            eq(transitProvinceCache.toProvinceId, toProvinceId),
            eq(transitProvinceCache.cargo, cargo),
            eq(transitProvinceCache.networkVersion, version),
          ),
        );
      return row?.answer ?? null;
    },

    /** Two instances computing the same answer at once both write it; the later write wins with the same content. */
    async storeCached(rows: CacheRow[]): Promise<void> {
      if (rows.length === 0) return;
      await db
        .insert(transitProvinceCache)
        .values(rows)
        .onConflictDoUpdate({
          target: [transitProvinceCache.fromProvinceId, transitProvinceCache.toProvinceId, transitProvinceCache.cargo],
          set: {
            networkVersion: sql`excluded.network_version`,
            answer: sql`excluded.answer`,
            computedAt: sql`excluded.computed_at`,
          },
        });
    },

    listCached(cargo: CargoType, version: number): Promise<CacheRow[]> {
      return db
        .select()
        .from(transitProvinceCache)
        .where(and(eq(transitProvinceCache.cargo, cargo), eq(transitProvinceCache.networkVersion, version)));
    },
  };
}

export type TransitRepository = ReturnType<typeof createTransitRepository>;
