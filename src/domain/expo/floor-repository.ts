import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { expos } from '../summit/tables.ts';
import { boothAssignments, exhibitors, expoBooths, expoHalls } from './tables.ts';

export type HallRow = typeof expoHalls.$inferSelect;
export type BoothRow = typeof expoBooths.$inferSelect;
export type AssignmentRow = typeof boothAssignments.$inferSelect;

/** Halls, booths and who holds each booth: the only file that queries the floor tables. */
export function createFloorRepository(db: Executor) {
  return {
    // The summit capability offers no lookup of one expo; this read-only check is all the expo needs of it.
    async findExpo(id: string): Promise<{ id: string; editionId: string } | null> {
      const [row] = await db.select({ id: expos.id, editionId: expos.editionId }).from(expos).where(eq(expos.id, id));
      return row ?? null;
    },

    listHalls(expoId: string): Promise<HallRow[]> {
      return db
        .select()
        .from(expoHalls)
        .where(eq(expoHalls.expoId, expoId))
        .orderBy(asc(expoHalls.sortOrder), asc(expoHalls.id));
    },

    async findHall(id: string): Promise<HallRow | null> {
      const [row] = await db.select().from(expoHalls).where(eq(expoHalls.id, id));
      return row ?? null;
    },

    async insertHall(hall: typeof expoHalls.$inferInsert): Promise<HallRow> {
      const [row] = await db.insert(expoHalls).values(hall).returning();
      return row!;
    },

    async updateHall(id: string, changes: Partial<Omit<HallRow, 'id' | 'expoId'>>): Promise<HallRow> {
      const [row] = await db.update(expoHalls).set(changes).where(eq(expoHalls.id, id)).returning();
      return row!;
    },

    async deleteHall(id: string): Promise<void> {
      await db.delete(expoHalls).where(eq(expoHalls.id, id));
    },

    listBooths(hallIds: readonly string[]): Promise<BoothRow[]> {
      if (hallIds.length === 0) return Promise.resolve([]);
      return db
        .select()
        .from(expoBooths)
        .where(inArray(expoBooths.hallId, [...hallIds]))
        .orderBy(asc(expoBooths.code));
    },

    /** The other booths of a hall, which a new or moved booth must not overlap. */
    listOtherBooths(hallId: string, exceptBoothId: string | null): Promise<BoothRow[]> {
      const where = exceptBoothId
        ? and(eq(expoBooths.hallId, hallId), ne(expoBooths.id, exceptBoothId))
        : eq(expoBooths.hallId, hallId);
      return db.select().from(expoBooths).where(where);
    },

    async findBooth(id: string): Promise<BoothRow | null> {
      const [row] = await db.select().from(expoBooths).where(eq(expoBooths.id, id));
      return row ?? null;
    },

    async insertBooths(booths: (typeof expoBooths.$inferInsert)[]): Promise<BoothRow[]> {
      if (booths.length === 0) return [];
      return db.insert(expoBooths).values(booths).returning();
    },

    async updateBooth(id: string, changes: Partial<Omit<BoothRow, 'id' | 'hallId'>>): Promise<BoothRow> {
      const [row] = await db.update(expoBooths).set(changes).where(eq(expoBooths.id, id)).returning();
      return row!;
    },

    async deleteBooth(id: string): Promise<void> {
      await db.delete(expoBooths).where(eq(expoBooths.id, id));
    },

    /** Each booth's holder with the exhibitor's name, for drawing the floor. */
    listAssignments(
      boothIds: readonly string[],
    ): Promise<(AssignmentRow & { organisation: string; isDemo: boolean })[]> {
      if (boothIds.length === 0) return Promise.resolve([]);
      return db
        .select({
          boothId: boothAssignments.boothId,
          exhibitorId: boothAssignments.exhibitorId,
          assignedAt: boothAssignments.assignedAt,
          assignedBy: boothAssignments.assignedBy,
          organisation: exhibitors.organisation,
          isDemo: exhibitors.isDemo,
        })
        .from(boothAssignments)
        .innerJoin(exhibitors, eq(exhibitors.id, boothAssignments.exhibitorId))
        .where(inArray(boothAssignments.boothId, [...boothIds]));
    },

    async findAssignment(boothId: string): Promise<AssignmentRow | null> {
      const [row] = await db.select().from(boothAssignments).where(eq(boothAssignments.boothId, boothId));
      return row ?? null;
    },

    /** A plain insert: the booth is the primary key, so a second booking fails with 23505. */
    async insertAssignment(assignment: AssignmentRow): Promise<AssignmentRow> {
      const [row] = await db.insert(boothAssignments).values(assignment).returning();
      return row!;
    },

    async deleteAssignment(boothId: string): Promise<AssignmentRow | null> {
      const [row] = await db.delete(boothAssignments).where(eq(boothAssignments.boothId, boothId)).returning();
      return row ?? null;
    },
  };
}
