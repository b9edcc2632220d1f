import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import type { MeetingInterpreter, MeetingRoom, MeetingSettings, MeetingSlot, NewMeetingSlot } from './model.ts';
import { meetingInterpreters, meetingRooms, meetings, meetingSettings, meetingSlots } from './tables.ts';

// First key of the two-key advisory lock: keeps the meetings' locks apart from any other use.
const MEETINGS_LOCK_CLASS = 5_000_301;

/** The edition's layout: settings, slots, rooms and tables, interpreters. */
export function createSetupRepository(db: Executor) {
  return {
    /**
     * Serialises the writes that rebuild much of an edition's schedule (a scheduler run, publishing, a
     * cancellation's re-optimisation) across app instances. Single moves do not take it: the bookings'
     * primary keys decide between them.
     */
    async lockEdition(editionId: string): Promise<void> {
      await db.execute(sql`select pg_advisory_xact_lock(${MEETINGS_LOCK_CLASS}, hashtext(${editionId}))`);
    },

    async findSettings(editionId: string): Promise<MeetingSettings | null> {
      const [row] = await db.select().from(meetingSettings).where(eq(meetingSettings.editionId, editionId));
      if (!row) return null;
      const { updatedAt: _at, updatedBy: _by, ...settings } = row;
      return settings;
    },

    async saveSettings(settings: MeetingSettings, updatedBy: string, updatedAt: Date): Promise<void> {
      const { editionId: _edition, ...changes } = settings;
      await db
        .insert(meetingSettings)
        .values({ ...settings, updatedBy, updatedAt })
        .onConflictDoUpdate({ target: meetingSettings.editionId, set: { ...changes, updatedBy, updatedAt } });
    },

    listSlots(editionId: string): Promise<MeetingSlot[]> {
      return db
        .select()
        .from(meetingSlots)
        .where(eq(meetingSlots.editionId, editionId))
        .orderBy(asc(meetingSlots.startsAt));
    },

    async findSlot(id: string): Promise<MeetingSlot | null> {
      const [row] = await db.select().from(meetingSlots).where(eq(meetingSlots.id, id));
      return row ?? null;
    },

    /** Slots already there stay (another instance may have made them a moment ago). */
    async insertSlots(slots: readonly NewMeetingSlot[]): Promise<void> {
      if (slots.length === 0) return;
      await db
        .insert(meetingSlots)
        .values([...slots])
        .onConflictDoNothing();
    },

    async deleteSlots(editionId: string): Promise<void> {
      await db.delete(meetingSlots).where(eq(meetingSlots.editionId, editionId));
    },

    async countMeetings(editionId: string): Promise<number> {
      const [row] = await db.select({ total: count() }).from(meetings).where(eq(meetings.editionId, editionId));
      return Number(row?.total ?? 0);
    },

    listRooms(editionId: string): Promise<MeetingRoom[]> {
      return db
        .select()
        .from(meetingRooms)
        .where(eq(meetingRooms.editionId, editionId))
        .orderBy(asc(meetingRooms.sortOrder), asc(meetingRooms.id));
    },

    async insertRoom(room: Omit<MeetingRoom, 'id'>): Promise<MeetingRoom> {
      const [row] = await db.insert(meetingRooms).values(room).returning();
      return row!;
    },

    async findRoom(editionId: string, id: string): Promise<MeetingRoom | null> {
      const [row] = await db
        .select()
        .from(meetingRooms)
        .where(and(eq(meetingRooms.editionId, editionId), eq(meetingRooms.id, id)));
      return row ?? null;
    },

    listInterpreters(editionId: string): Promise<MeetingInterpreter[]> {
      return db
        .select()
        .from(meetingInterpreters)
        .where(eq(meetingInterpreters.editionId, editionId))
        .orderBy(asc(meetingInterpreters.name), asc(meetingInterpreters.id));
    },

    async insertInterpreter(interpreter: Omit<MeetingInterpreter, 'id'>): Promise<MeetingInterpreter> {
      const [row] = await db.insert(meetingInterpreters).values(interpreter).returning();
      return row!;
    },

    async findRoomById(id: string): Promise<MeetingRoom | null> {
      const [row] = await db.select().from(meetingRooms).where(eq(meetingRooms.id, id));
      return row ?? null;
    },

    async updateRoom(id: string, changes: Omit<MeetingRoom, 'id' | 'editionId'>): Promise<MeetingRoom> {
      const [row] = await db.update(meetingRooms).set(changes).where(eq(meetingRooms.id, id)).returning();
      return row!;
    },

    async deleteRoom(id: string): Promise<void> {
      await db.delete(meetingRooms).where(eq(meetingRooms.id, id));
    },

    async findInterpreterById(id: string): Promise<MeetingInterpreter | null> {
      const [row] = await db.select().from(meetingInterpreters).where(eq(meetingInterpreters.id, id));
      return row ?? null;
    },

    async updateInterpreter(
      id: string,
      changes: Omit<MeetingInterpreter, 'id' | 'editionId'>,
    ): Promise<MeetingInterpreter> {
      const [row] = await db.update(meetingInterpreters).set(changes).where(eq(meetingInterpreters.id, id)).returning();
      return row!;
    },

    async deleteInterpreter(id: string): Promise<void> {
      await db.delete(meetingInterpreters).where(eq(meetingInterpreters.id, id));
    },
  };
}
