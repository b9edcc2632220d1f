import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import type { MeetingNotice, MeetingState, NewScheduledMeeting, Placement, ScheduledMeeting } from './model.ts';
import {
  meetingInterpreterBookings,
  meetingNotices,
  meetingPersonBookings,
  meetingRoomBookings,
  meetings,
} from './tables.ts';

type MeetingRow = typeof meetings.$inferSelect;

/** Scheduled meetings, their bookings, and the notices telling people of them. */
export function createMeetingsRepository(db: Executor) {
  /**
   * One row per person, the room and the interpreter in the meeting's slot. When another meeting holds
   * one of them, the insert throws the primary key's unique violation (after waiting for the other
   * transaction, if it has not committed yet). Every booking takes its rows in one order (people by
   * id, then the room, then the interpreter), so two bookings waiting on each other cannot deadlock.
   */
  async function book(meetingId: string, placement: Placement, participantIds: readonly string[]) {
    const { slotId } = placement;
    await db
      .insert(meetingPersonBookings)
      .values([...participantIds].sort().map((participantId) => ({ participantId, slotId, meetingId })));
    await db.insert(meetingRoomBookings).values({ roomId: placement.roomId, slotId, meetingId });
    if (placement.interpreterId) {
      await db.insert(meetingInterpreterBookings).values({ interpreterId: placement.interpreterId, slotId, meetingId });
    }
  }

  async function unbook(meetingId: string) {
    await db.delete(meetingPersonBookings).where(eq(meetingPersonBookings.meetingId, meetingId));
    await db.delete(meetingRoomBookings).where(eq(meetingRoomBookings.meetingId, meetingId));
    await db.delete(meetingInterpreterBookings).where(eq(meetingInterpreterBookings.meetingId, meetingId));
  }

  return {
    async find(id: string): Promise<ScheduledMeeting | null> {
      const [row] = await db.select().from(meetings).where(eq(meetings.id, id));
      return row ?? null;
    },

    async findByRequest(requestId: string): Promise<ScheduledMeeting | null> {
      const [row] = await db.select().from(meetings).where(eq(meetings.requestId, requestId));
      return row ?? null;
    },

    list(editionId: string, state?: MeetingState): Promise<ScheduledMeeting[]> {
      return db
        .select()
        .from(meetings)
        .where(and(eq(meetings.editionId, editionId), state ? eq(meetings.state, state) : undefined))
        .orderBy(asc(meetings.scheduledAt), asc(meetings.id));
    },

    async insert(meeting: NewScheduledMeeting, participantIds: readonly string[]): Promise<ScheduledMeeting> {
      const [row] = await db.insert(meetings).values(meeting).returning();
      await book(row!.id, meeting, participantIds);
      return row!;
    },

    unbook,

    /** Takes the bookings of the meeting's new place (its old ones freed first) and records it there. */
    async place(
      id: string,
      placement: Placement,
      participantIds: readonly string[],
      updatedAt: Date,
    ): Promise<ScheduledMeeting> {
      await book(id, placement, participantIds);
      const [row] = await db
        .update(meetings)
        .set({ ...placement, updatedAt })
        .where(eq(meetings.id, id))
        .returning();
      return row!;
    },

    async update(
      id: string,
      changes: Partial<Pick<MeetingRow, 'locked' | 'outcome' | 'outcomeNotes' | 'followUp' | 'outcomeRecordedBy'>> &
        Pick<MeetingRow, 'updatedAt'> &
        Partial<Pick<MeetingRow, 'outcomeRecordedAt'>>,
    ): Promise<ScheduledMeeting> {
      const [row] = await db.update(meetings).set(changes).where(eq(meetings.id, id)).returning();
      return row!;
    },

    /** The bookings go with the meeting (on delete cascade). */
    async delete(id: string): Promise<void> {
      await db.delete(meetings).where(eq(meetings.id, id));
    },

    /** Clears what a scheduler run may redo: provisional meetings nobody locked. */
    async deleteProvisional(editionId: string): Promise<number> {
      const rows = await db
        .delete(meetings)
        .where(and(eq(meetings.editionId, editionId), eq(meetings.state, 'provisional'), eq(meetings.locked, false)))
        .returning({ id: meetings.id });
      return rows.length;
    },

    /** Publishes the edition's provisional meetings, or those of them named. */
    publish(editionId: string, ids: readonly string[] | null, publishedAt: Date): Promise<ScheduledMeeting[]> {
      return db
        .update(meetings)
        .set({ state: 'published', publishedAt, updatedAt: publishedAt })
        .where(
          and(
            eq(meetings.editionId, editionId),
            eq(meetings.state, 'provisional'),
            ids ? inArray(meetings.id, [...ids]) : undefined,
          ),
        )
        .returning();
    },

    async insertNotices(notices: readonly Omit<MeetingNotice, 'id' | 'readAt'>[]): Promise<void> {
      if (notices.length === 0) return;
      await db.insert(meetingNotices).values(notices.map((notice) => ({ ...notice, readAt: null })));
    },

    listNotices(editionId: string, participantIds: readonly string[]): Promise<MeetingNotice[]> {
      if (participantIds.length === 0) return Promise.resolve([]);
      return db
        .select()
        .from(meetingNotices)
        .where(and(eq(meetingNotices.editionId, editionId), inArray(meetingNotices.participantId, [...participantIds])))
        .orderBy(desc(meetingNotices.createdAt), desc(meetingNotices.id))
        .limit(200);
    },

    /** Marks the unread notices among `ids` that belong to the people; how many it marked. */
    async markNoticesRead(ids: readonly string[], participantIds: readonly string[], readAt: Date): Promise<number> {
      if (ids.length === 0 || participantIds.length === 0) return 0;
      const rows = await db
        .update(meetingNotices)
        .set({ readAt })
        .where(
          and(
            inArray(meetingNotices.id, [...ids]),
            inArray(meetingNotices.participantId, [...participantIds]),
            isNull(meetingNotices.readAt),
          ),
        )
        .returning({ id: meetingNotices.id });
      return rows.length;
    },
  };
}
