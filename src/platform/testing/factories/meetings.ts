import type { MeetingKind, Priority } from '../../../domain/meetings/scheduler/model.ts';
import { createRequestsRepository } from '../../../domain/meetings/requests-repository.ts';
import { partyKeyOf } from '../../../domain/meetings/request-rules.ts';
import { createSetupRepository } from '../../../domain/meetings/setup-repository.ts';
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import type { LocalizedText } from '../../i18n/localized-text.ts';
import type { Locale } from '../../i18n/locales.ts';
import { EDITION_2025 } from './summit.ts';

export type MeetingRoomSpec = {
  editionId?: string;
  kind?: MeetingKind;
  name?: LocalizedText;
  capacity?: number;
  place?: string;
};

/** A G2G room of the 2025 summit for eight, in the hall, unless told. */
export async function insertMeetingRoom(db: Executor, spec: MeetingRoomSpec = {}): Promise<string> {
  const room = await createSetupRepository(db).insertRoom({
    editionId: spec.editionId ?? EDITION_2025,
    kind: spec.kind ?? 'g2g',
    name: spec.name ?? { en: 'Test meeting room' },
    capacity: spec.capacity ?? 8,
    place: spec.place ?? 'hall',
    sortOrder: 0,
  });
  return room.id;
}

/** An interpreter of the 2025 summit working every day, fa↔ru unless told. */
export async function insertInterpreter(
  db: Executor,
  spec: { editionId?: string; name?: string; languagePairs?: [Locale, Locale][]; availableDays?: string[] } = {},
): Promise<string> {
  const interpreter = await createSetupRepository(db).insertInterpreter({
    editionId: spec.editionId ?? EDITION_2025,
    name: spec.name ?? 'Test interpreter',
    languagePairs: spec.languagePairs ?? [['fa', 'ru']],
    availableDays: spec.availableDays ?? [],
  });
  return interpreter.id;
}

export type AcceptedRequestSpec = {
  editionId?: string;
  kind?: MeetingKind;
  priority?: Priority;
  topic?: string;
  preferredDays?: string[];
  requester: { participantIds: string[]; delegationId?: string | null; languages?: Locale[] };
  receiver: { participantIds: string[]; delegationId?: string | null; languages?: Locale[] };
  createdBy: string;
};

/** An accepted request written straight to its tables, past the request rules, ready to be scheduled. */
export async function insertAcceptedRequest(db: Executor, spec: AcceptedRequestSpec): Promise<string> {
  const side = (input: AcceptedRequestSpec['requester']) => ({
    delegationId: input.delegationId ?? null,
    participantIds: input.participantIds,
    languages: input.languages ?? ['en'],
  });
  const [requester, receiver] = [side(spec.requester), side(spec.receiver)];
  const at = new Date('2025-10-20T08:00:00Z');
  const kind = spec.kind ?? 'b2b';
  const request = await createRequestsRepository(db).insert({
    editionId: spec.editionId ?? EDITION_2025,
    kind,
    priority: spec.priority ?? 'want',
    topic: spec.topic ?? 'Test meeting',
    preferredDays: spec.preferredDays ?? [],
    requester,
    receiver,
    source: null,
    partyKey: partyKeyOf(kind, requester, receiver),
    status: 'accepted',
    awaiting: null,
    reason: null,
    counterDays: null,
    counterTopic: null,
    createdBy: spec.createdBy,
    createdAt: at,
    answeredBy: spec.createdBy,
    answeredAt: at,
    updatedAt: at,
    isDemo: false,
  });
  return request.id;
}

/**
 * Empties the meetings of every edition, the seed's demo meetings included, for tests that reason
 * about meetings, rooms and settings of their own.
 */
export async function removeAllMeetings(db: Executor): Promise<void> {
  await db.execute(
    sql`truncate meeting_notices, meeting_person_bookings, meeting_room_bookings, meeting_interpreter_bookings,
        meetings, meeting_request_people, meeting_requests, meeting_interpreters, meeting_rooms, meeting_slots,
        meeting_settings, meeting_availability`,
  );
}
