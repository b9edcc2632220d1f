import { readAll } from '../../platform/db/read-all.ts';
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import type { NewRoom, ProgrammeSession, Room, RoomChanges, SessionPerson, SessionWithPeople } from './model.ts';
import { programmeSessions, rooms, sessionPeople, sessionSeats } from './tables.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// First key of the two-key advisory lock: keeps the programme's locks apart from any other use.
const PROGRAMME_LOCK_CLASS = 5_000_101;

type SessionRow = typeof programmeSessions.$inferSelect;
type NewSessionRow = typeof programmeSessions.$inferInsert;

export function createProgrammeRepository(db: Executor) {
  return {
    /**
     * Serialises every timetable and seat write of one edition until the transaction ends, on
     * PostgreSQL across all app instances, so that two writers cannot both pass the conflict check.
     */
    async lockEdition(editionId: string): Promise<void> {
      await db.execute(sql`select pg_advisory_xact_lock(${PROGRAMME_LOCK_CLASS}, hashtext(${editionId}))`);
    },

    listRooms(editionId: string): Promise<Room[]> {
      return db.select().from(rooms).where(eq(rooms.editionId, editionId)).orderBy(asc(rooms.sortOrder), asc(rooms.id));
    },

    async findRoom(id: string): Promise<Room | null> {
      if (!UUID.test(id)) return null;
      const [row] = await db.select().from(rooms).where(eq(rooms.id, id));
      return row ?? null;
    },

    async insertRoom(room: NewRoom): Promise<Room> {
      const [row] = await db.insert(rooms).values(room).returning();
      return row!;
    },

    async updateRoom(id: string, changes: RoomChanges): Promise<Room> {
      if (Object.keys(changes).length === 0) return (await this.findRoom(id))!;
      const [row] = await db.update(rooms).set(changes).where(eq(rooms.id, id)).returning();
      return row!;
    },

    /** Sessions held in the room keep their time but lose the room. */
    async deleteRoom(id: string): Promise<string[]> {
      const detached = await db
        .update(programmeSessions)
        .set({ roomId: null })
        .where(eq(programmeSessions.roomId, id))
        .returning({ id: programmeSessions.id });
      await db.delete(rooms).where(eq(rooms.id, id));
      return detached.map((row) => row.id);
    },

    async listSessions(editionId: string): Promise<SessionWithPeople[]> {
      const rows = await db
        .select()
        .from(programmeSessions)
        .where(eq(programmeSessions.editionId, editionId))
        .orderBy(asc(programmeSessions.startsAt), asc(programmeSessions.id));
      return withPeople(db, rows);
    },

    async findSession(id: string): Promise<SessionWithPeople | null> {
      if (!UUID.test(id)) return null;
      const rows = await db.select().from(programmeSessions).where(eq(programmeSessions.id, id));
      const [session] = await withPeople(db, rows);
      return session ?? null;
    },

    async insertSession(session: NewSessionRow, people: SessionPerson[]): Promise<ProgrammeSession> {
      const [row] = await db.insert(programmeSessions).values(session).returning();
      if (people.length > 0)
        await db.insert(sessionPeople).values(people.map((person) => ({ ...person, sessionId: row!.id })));
      return toSession(row!);
    },

    async updateSession(id: string, changes: Partial<NewSessionRow>, people: SessionPerson[] | null): Promise<void> {
      await db.update(programmeSessions).set(changes).where(eq(programmeSessions.id, id));
      if (people === null) return;
      await db.delete(sessionPeople).where(eq(sessionPeople.sessionId, id));
      if (people.length > 0)
        await db.insert(sessionPeople).values(people.map((person) => ({ ...person, sessionId: id })));
    },

    async deleteSession(id: string): Promise<void> {
      await db.delete(programmeSessions).where(eq(programmeSessions.id, id));
    },

    /** Who holds a reserved seat at which session of the edition. */
    listSeatHolders(editionId: string): Promise<{ sessionId: string; participantId: string }[]> {
      return db
        .select({ sessionId: sessionSeats.sessionId, participantId: sessionSeats.participantId })
        .from(sessionSeats)
        .innerJoin(programmeSessions, eq(programmeSessions.id, sessionSeats.sessionId))
        .where(eq(programmeSessions.editionId, editionId));
    },

    async hasSeat(sessionId: string, participantId: string): Promise<boolean> {
      const rows = await db
        .select()
        .from(sessionSeats)
        .where(and(eq(sessionSeats.sessionId, sessionId), eq(sessionSeats.participantId, participantId)));
      return rows.length > 0;
    },

    async insertSeat(sessionId: string, participantId: string, reservedAt: Date): Promise<void> {
      await db.insert(sessionSeats).values({ sessionId, participantId, reservedAt });
    },

    async deleteSeat(sessionId: string, participantId: string): Promise<boolean> {
      const deleted = await db
        .delete(sessionSeats)
        .where(and(eq(sessionSeats.sessionId, sessionId), eq(sessionSeats.participantId, participantId)))
        .returning();
      return deleted.length > 0;
    },
  };
}

function toSession(row: SessionRow): ProgrammeSession {
  return row;
}

async function withPeople(db: Executor, rows: SessionRow[]): Promise<SessionWithPeople[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [people, seats] = await readAll(db, [
    () =>
      db
        .select()
        .from(sessionPeople)
        .where(inArray(sessionPeople.sessionId, ids))
        .orderBy(asc(sessionPeople.role), asc(sessionPeople.participantId)),
    () =>
      db
        .select({ sessionId: sessionSeats.sessionId, taken: count() })
        .from(sessionSeats)
        .where(inArray(sessionSeats.sessionId, ids))
        .groupBy(sessionSeats.sessionId),
  ]);
  const seatsBySession = new Map(seats.map((row) => [row.sessionId, Number(row.taken)]));
  return rows.map((row) => ({
    ...toSession(row),
    people: people
      .filter((person) => person.sessionId === row.id)
      .map(({ participantId, role }) => ({ participantId, role })),
    seatsTaken: seatsBySession.get(row.id) ?? 0,
  }));
}
