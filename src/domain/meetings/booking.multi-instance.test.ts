import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { insertParticipant } from '../../platform/testing/factories/delegations.ts';
import {
  insertAcceptedRequest,
  insertMeetingRoom,
  removeAllMeetings,
} from '../../platform/testing/factories/meetings.ts';
import { EDITION_2025 } from '../../platform/testing/factories/summit.ts';
import { signedIn } from '../../platform/testing/factories/users.ts';
import { useTwoInstances } from '../../platform/testing/two-instances.ts';
import { meetingPersonBookings, meetingRoomBookings } from './tables.ts';

const serverUrl = process.env.DATABASE_URL;
const meetingsUrl = `/api/editions/${EDITION_2025}/meetings`;

type Meeting = { id: string; requestId: string; slotId: string; roomId: string };
type Slot = { id: string; startsAt: string };

/**
 * Moves are not serialised by any lock: each instance checks the rules on what it read, and the
 * bookings' primary keys decide when both read the same free slot. PGlite is one connection in one
 * process, so a real race needs PostgreSQL and two app instances.
 */
describe.runIf(serverUrl)('two instances moving meetings into one slot at the same moment', () => {
  const { handles, apps } = useTwoInstances(serverUrl!);

  it('books a room and a person once; the other instance gets a 409 and nothing of its move stays', async () => {
    const db = handles[0]!.db;
    await removeAllMeetings(db);
    const staff = await signedIn(db, { role: 'secretariat_staff' });
    const headers = { cookie: staff.cookie, 'x-csrf-token': staff.csrfToken };
    const tables = [
      await insertMeetingRoom(db, { kind: 'b2b', name: { en: 'Race table 1' }, capacity: 2, place: 'expo' }),
      await insertMeetingRoom(db, { kind: 'b2b', name: { en: 'Race table 2' }, capacity: 2, place: 'expo' }),
    ];
    const racer = (n: number) =>
      insertParticipant(db, { role: 'buyer', provinceId: null, nameLatin: `Racer ${n}`, languages: ['en'] });
    const people = [await racer(0), await racer(1), await racer(2), await racer(3), await racer(4)];
    const pair = (a: number, b: number, topic: string) =>
      insertAcceptedRequest(db, {
        topic,
        requester: { participantIds: [people[a]!] },
        receiver: { participantIds: [people[b]!] },
        createdBy: staff.actor.userId,
      });
    // A and B share no one; A and C share the first racer.
    const requests = { a: await pair(0, 1, 'A'), b: await pair(2, 3, 'B'), c: await pair(0, 4, 'C') };
    const run = await apps[0]!.inject({ method: 'POST', url: `${meetingsUrl}/schedule`, headers, payload: {} });
    const meetings = run.json().meetings as Meeting[];
    const meetingOf = (requestId: string) => meetings.find((meeting) => meeting.requestId === requestId)!;
    const grid = await apps[0]!.inject({ method: 'GET', url: meetingsUrl, headers });
    const taken = new Set(meetings.map((meeting) => meeting.slotId));
    const free = (grid.json().slots as Slot[]).filter((slot) => !taken.has(slot.id));

    const race = async (moves: [Meeting, string, string][]) => {
      const responses = await Promise.all(
        moves.map(([meeting, slotId, roomId], index) =>
          apps[index]!.inject({
            method: 'POST',
            url: `/api/meetings/${meeting.id}/move`,
            headers,
            payload: { slotId, roomId },
          }),
        ),
      );
      expect(responses.map((response) => response.statusCode).sort()).toEqual([200, 409]);
      const loser = responses.find((response) => response.statusCode === 409)!;
      expect(['meeting_slot_taken', 'meeting_move_refused']).toContain(loser.json().code);
    };

    await race([
      [meetingOf(requests.a), free[0]!.id, tables[0]!],
      [meetingOf(requests.b), free[0]!.id, tables[0]!],
    ]);
    const roomBookings = await db
      .select()
      .from(meetingRoomBookings)
      .where(and(eq(meetingRoomBookings.roomId, tables[0]!), eq(meetingRoomBookings.slotId, free[0]!.id)));
    expect(roomBookings).toHaveLength(1);

    const movedA = await apps[0]!.inject({ method: 'GET', url: meetingsUrl, headers });
    const current = (movedA.json().meetings as Meeting[]).filter((meeting) =>
      [requests.a, requests.c].includes(meeting.requestId),
    );
    const target = free.find((slot) => !current.some((meeting) => meeting.slotId === slot.id))!;
    await race([
      [current.find((meeting) => meeting.requestId === requests.a)!, target.id, tables[0]!],
      [current.find((meeting) => meeting.requestId === requests.c)!, target.id, tables[1]!],
    ]);
    const personBookings = await db
      .select()
      .from(meetingPersonBookings)
      .where(and(eq(meetingPersonBookings.participantId, people[0]!), eq(meetingPersonBookings.slotId, target.id)));
    expect(personBookings).toHaveLength(1);
  });
});
