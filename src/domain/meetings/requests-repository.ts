import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import {
  type MeetingRequest,
  type NewMeetingRequest,
  OPEN_REQUEST_STATUSES,
  type RequestStatus,
  type Side,
} from './model.ts';
import { meetingRequestPeople, meetingRequests } from './tables.ts';

type RequestRow = typeof meetingRequests.$inferSelect;
type PersonRow = typeof meetingRequestPeople.$inferSelect;

function toRequest(row: RequestRow, people: readonly PersonRow[]): MeetingRequest {
  const own = people.filter((person) => person.requestId === row.id);
  const idsOf = (side: Side) => own.filter((person) => person.side === side).map((person) => person.participantId);
  return {
    id: row.id,
    editionId: row.editionId,
    kind: row.kind,
    priority: row.priority,
    topic: row.topic,
    preferredDays: row.preferredDays,
    requester: {
      delegationId: row.requesterDelegationId,
      participantIds: idsOf('requester'),
      languages: row.requesterLanguages,
    },
    receiver: {
      delegationId: row.receiverDelegationId,
      participantIds: idsOf('receiver'),
      languages: row.receiverLanguages,
    },
    source: row.sourceKind && row.sourceId ? { kind: row.sourceKind, id: row.sourceId } : null,
    status: row.status,
    awaiting: row.awaiting,
    reason: row.reason,
    counterDays: row.counterDays,
    counterTopic: row.counterTopic,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    answeredBy: row.answeredBy,
    answeredAt: row.answeredAt,
    updatedAt: row.updatedAt,
    isDemo: row.isDemo,
  };
}

const peopleRows = (requestId: string, request: Pick<MeetingRequest, 'requester' | 'receiver'>) => [
  ...request.requester.participantIds.map((participantId) => ({
    requestId,
    participantId,
    side: 'requester' as const,
  })),
  ...request.receiver.participantIds.map((participantId) => ({ requestId, participantId, side: 'receiver' as const })),
];

/** Fields of a request row a change may set; the sides' people are given whole, or not at all. */
export type RequestChanges = Partial<
  Pick<
    RequestRow,
    | 'priority'
    | 'topic'
    | 'preferredDays'
    | 'requesterLanguages'
    | 'receiverLanguages'
    | 'partyKey'
    | 'status'
    | 'awaiting'
    | 'reason'
    | 'counterDays'
    | 'counterTopic'
    | 'answeredBy'
    | 'answeredAt'
    | 'updatedAt'
  >
>;

export function createRequestsRepository(db: Executor) {
  async function withPeople(rows: RequestRow[]): Promise<MeetingRequest[]> {
    if (rows.length === 0) return [];
    const people = await db
      .select()
      .from(meetingRequestPeople)
      .where(
        inArray(
          meetingRequestPeople.requestId,
          rows.map((row) => row.id),
        ),
      );
    return rows.map((row) => toRequest(row, people));
  }

  return {
    /** Throws the unique index's violation when the pair of sides already has an open request. */
    async insert({ requester, receiver, source, partyKey, ...request }: NewMeetingRequest): Promise<MeetingRequest> {
      const [row] = await db
        .insert(meetingRequests)
        .values({
          ...request,
          partyKey,
          requesterDelegationId: requester.delegationId,
          receiverDelegationId: receiver.delegationId,
          requesterLanguages: requester.languages,
          receiverLanguages: receiver.languages,
          sourceKind: source?.kind ?? null,
          sourceId: source?.id ?? null,
        })
        .returning();
      await db.insert(meetingRequestPeople).values(peopleRows(row!.id, { requester, receiver }));
      return (await this.find(row!.id))!;
    },

    async find(id: string): Promise<MeetingRequest | null> {
      const rows = await db.select().from(meetingRequests).where(eq(meetingRequests.id, id));
      const [request] = await withPeople(rows);
      return request ?? null;
    },

    async findMany(ids: readonly string[]): Promise<MeetingRequest[]> {
      if (ids.length === 0) return [];
      return withPeople(
        await db
          .select()
          .from(meetingRequests)
          .where(inArray(meetingRequests.id, [...ids])),
      );
    },

    /** The edition's requests, newest first; only those in the given statuses when named. */
    async list(editionId: string, statuses?: readonly RequestStatus[]): Promise<MeetingRequest[]> {
      const rows = await db
        .select()
        .from(meetingRequests)
        .where(
          and(
            eq(meetingRequests.editionId, editionId),
            statuses ? inArray(meetingRequests.status, [...statuses]) : undefined,
          ),
        )
        .orderBy(desc(meetingRequests.createdAt), desc(meetingRequests.id));
      return withPeople(rows);
    },

    /** Open requests naming any of the people, for their quotas: who, and the request's days. */
    async listOpenNaming(
      editionId: string,
      participantIds: readonly string[],
    ): Promise<{ participantId: string; requestId: string; preferredDays: string[] }[]> {
      if (participantIds.length === 0) return [];
      return db
        .select({
          participantId: meetingRequestPeople.participantId,
          requestId: meetingRequests.id,
          preferredDays: meetingRequests.preferredDays,
        })
        .from(meetingRequestPeople)
        .innerJoin(meetingRequests, eq(meetingRequests.id, meetingRequestPeople.requestId))
        .where(
          and(
            eq(meetingRequests.editionId, editionId),
            inArray(meetingRequests.status, [...OPEN_REQUEST_STATUSES]),
            inArray(meetingRequestPeople.participantId, [...participantIds]),
          ),
        );
    },

    async hasOpen(editionId: string, partyKey: string): Promise<boolean> {
      const rows = await db
        .select({ id: meetingRequests.id })
        .from(meetingRequests)
        .where(
          and(
            eq(meetingRequests.editionId, editionId),
            eq(meetingRequests.partyKey, partyKey),
            inArray(meetingRequests.status, [...OPEN_REQUEST_STATUSES]),
          ),
        );
      return rows.length > 0;
    },

    /**
     * Changes the request only while it is still in the status (and waiting for the side) it was read
     * in, so two answers given at once cannot both win; null when it no longer is.
     */
    async update(
      id: string,
      expected: Pick<MeetingRequest, 'status' | 'awaiting'>,
      changes: RequestChanges,
      people?: Pick<MeetingRequest, 'requester' | 'receiver'>,
    ): Promise<MeetingRequest | null> {
      const [row] = await db
        .update(meetingRequests)
        .set(changes)
        .where(
          and(
            eq(meetingRequests.id, id),
            eq(meetingRequests.status, expected.status),
            expected.awaiting === null ? undefined : eq(meetingRequests.awaiting, expected.awaiting),
          ),
        )
        .returning({ id: meetingRequests.id });
      if (!row) return null;
      if (people) {
        await db.delete(meetingRequestPeople).where(eq(meetingRequestPeople.requestId, id));
        await db.insert(meetingRequestPeople).values(peopleRows(id, people));
      }
      return this.find(id);
    },
  };
}
