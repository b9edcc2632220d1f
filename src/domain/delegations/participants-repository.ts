import { and, asc, count, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import type {
  NewParticipant,
  Participant,
  ParticipantStatus,
  Registration,
  RegistrationFilter,
  RoleCounts,
  VisaLetterDetails,
  VisaLetterRequest,
} from './model.ts';
import { participants, visaLetterRequests } from './tables.ts';

/** The columns every reader outside the secretariat may see: never the phone or the decision notes. */
export const participantColumns = {
  id: participants.id,
  editionId: participants.editionId,
  delegationId: participants.delegationId,
  role: participants.role,
  nameNative: participants.nameNative,
  nameLatin: participants.nameLatin,
  nameLanguage: participants.nameLanguage,
  position: participants.position,
  organisation: participants.organisation,
  countryCode: participants.countryCode,
  provinceId: participants.provinceId,
  email: participants.email,
  languages: participants.languages,
  status: participants.status,
  userId: participants.userId,
  isDemo: participants.isDemo,
};

const registrationColumns = {
  ...participantColumns,
  phone: participants.phone,
  decisionReason: participants.decisionReason,
  registeredBy: participants.registeredBy,
  decidedBy: participants.decidedBy,
  createdAt: participants.createdAt,
  decidedAt: participants.decidedAt,
  // Only whether a letter was asked for: the passport data itself is read by visa.read alone.
  visaLetterRequested: sql<boolean>`exists (select 1 from ${visaLetterRequests} where ${visaLetterRequests.participantId} = ${participants.id})`,
};

const LIVE: ParticipantStatus[] = ['pending', 'approved'];

/**
 * A registration holds a place in its delegation once approved, or while pending if a signed-in
 * delegation office or the secretariat entered it (rules.ts `holdsPlace`); an anonymous one waits
 * without holding one. The partial index participants_delegation_head_key uses the same condition.
 */
const HOLDS_PLACE = sql`(${participants.status} = 'approved' or (${participants.status} = 'pending' and ${participants.registeredBy} is not null))`;

// First key of the two-key advisory lock: keeps the delegations' locks apart from any other use.
const DELEGATION_LOCK_CLASS = 5_000_201;

export type DelegationRoleCount = {
  delegationId: string;
  role: Participant['role'];
  status: ParticipantStatus;
  /** Whether these registrations hold a place (see HOLDS_PLACE). */
  holdsPlace: boolean;
  total: number;
};

export function createParticipantsRepository(db: Executor) {
  return {
    async find(id: string): Promise<Participant | null> {
      const [row] = await db.select(participantColumns).from(participants).where(eq(participants.id, id));
      return row ?? null;
    },

    findMany(ids: readonly string[]): Promise<Participant[]> {
      if (ids.length === 0) return Promise.resolve([]);
      return db
        .select(participantColumns)
        .from(participants)
        .where(inArray(participants.id, [...ids]));
    },

    /** The edition's participants linked to the account, or travelling with the delegation. */
    listLinked(editionId: string, userId: string, delegationId: string | null): Promise<Participant[]> {
      return db
        .select(participantColumns)
        .from(participants)
        .where(
          and(
            eq(participants.editionId, editionId),
            delegationId
              ? or(eq(participants.userId, userId), eq(participants.delegationId, delegationId))
              : eq(participants.userId, userId),
          ),
        );
    },

    /** The edition's approved participants, in name order. */
    listApproved(editionId: string): Promise<Participant[]> {
      return db
        .select(participantColumns)
        .from(participants)
        .where(and(eq(participants.editionId, editionId), eq(participants.status, 'approved')))
        .orderBy(asc(participants.nameLatin));
    },

    async findApprovedHead(delegationId: string): Promise<Participant | null> {
      const [row] = await db
        .select(participantColumns)
        .from(participants)
        .where(
          and(
            eq(participants.delegationId, delegationId),
            eq(participants.role, 'head'),
            eq(participants.status, 'approved'),
          ),
        );
      return row ?? null;
    },

    async findRegistration(id: string): Promise<Registration | null> {
      const [row] = await db.select(registrationColumns).from(participants).where(eq(participants.id, id));
      return row ?? null;
    },

    /**
     * Serialises registrations into one delegation until the transaction ends, on PostgreSQL
     * across all app instances, so that two requests cannot both see the last free place.
     */
    async lockDelegation(delegationId: string): Promise<void> {
      await db.execute(sql`select pg_advisory_xact_lock(${DELEGATION_LOCK_CLASS}, hashtext(${delegationId}))`);
    },

    /** The places taken in the delegation, per role. */
    async countHeldByRole(delegationId: string): Promise<RoleCounts> {
      const rows = await db
        .select({ role: participants.role, total: count() })
        .from(participants)
        .where(and(eq(participants.delegationId, delegationId), HOLDS_PLACE))
        .groupBy(participants.role);
      return Object.fromEntries(rows.map((row) => [row.role, Number(row.total)]));
    },

    async countByDelegation(editionId: string): Promise<DelegationRoleCount[]> {
      const rows = await db
        .select({
          delegationId: participants.delegationId,
          role: participants.role,
          status: participants.status,
          holdsPlace: sql<boolean>`${HOLDS_PLACE}`,
          total: count(),
        })
        .from(participants)
        .where(and(eq(participants.editionId, editionId), sql`${participants.delegationId} is not null`))
        .groupBy(participants.delegationId, participants.role, participants.status, sql`${HOLDS_PLACE}`);
      return rows.map((row) => ({
        ...row,
        delegationId: row.delegationId!,
        holdsPlace: Boolean(row.holdsPlace),
        total: Number(row.total),
      }));
    },

    async hasLiveEmail(editionId: string, email: string): Promise<boolean> {
      const [row] = await db
        .select({ id: participants.id })
        .from(participants)
        .where(
          and(
            eq(participants.editionId, editionId),
            sql`lower(${participants.email}) = lower(${email})`,
            inArray(participants.status, LIVE),
          ),
        )
        .limit(1);
      return row !== undefined;
    },

    async insert(participant: NewParticipant): Promise<Registration> {
      const [row] = await db.insert(participants).values(participant).returning({ id: participants.id });
      return (await this.findRegistration(row!.id))!;
    },

    async list(editionId: string, filter: RegistrationFilter): Promise<Registration[]> {
      return db
        .select(registrationColumns)
        .from(participants)
        .where(and(eq(participants.editionId, editionId), ...conditionsOf(filter)))
        .orderBy(asc(participants.nameLatin), asc(participants.id));
    },

    async setStatus(
      id: string,
      changes: { status: ParticipantStatus; decisionReason: string | null; decidedBy: string | null; decidedAt: Date },
    ): Promise<Registration> {
      await db.update(participants).set(changes).where(eq(participants.id, id));
      return (await this.findRegistration(id))!;
    },

    async insertVisaRequest(participantId: string, details: VisaLetterDetails, requestedAt: Date): Promise<void> {
      try {
        await db.insert(visaLetterRequests).values({ participantId, ...details, requestedAt });
      } catch (error) {
        // Drizzle's error message lists the query parameters, and an unexpected error is logged:
        // passport data must not reach the log, so only the SQLSTATE goes on.
        const code =
          (error as { cause?: { code?: unknown }; code?: unknown }).cause?.code ?? (error as { code?: unknown }).code;
        throw new Error(`storing a visa letter request failed (SQLSTATE ${String(code ?? 'unknown')})`);
      }
    },

    /** Whether there was a request to delete. */
    async deleteVisaRequest(participantId: string): Promise<boolean> {
      const rows = await db
        .delete(visaLetterRequests)
        .where(eq(visaLetterRequests.participantId, participantId))
        .returning({ id: visaLetterRequests.participantId });
      return rows.length > 0;
    },

    async listVisaRequests(editionId: string): Promise<(VisaLetterRequest & { participant: Registration })[]> {
      const rows = await db
        .select({ visa: visaLetterRequests, participant: registrationColumns })
        .from(visaLetterRequests)
        .innerJoin(participants, eq(participants.id, visaLetterRequests.participantId))
        .where(eq(participants.editionId, editionId))
        .orderBy(asc(participants.nameLatin), asc(participants.id));
      return rows.map(({ visa, participant }) => ({ ...visa, participant }));
    },

    async deleteVisaRequestsOfEditions(editionIds: readonly string[]): Promise<number> {
      if (editionIds.length === 0) return 0;
      const rows = await db
        .delete(visaLetterRequests)
        .where(
          inArray(
            visaLetterRequests.participantId,
            db
              .select({ id: participants.id })
              .from(participants)
              .where(inArray(participants.editionId, [...editionIds])),
          ),
        )
        .returning({ id: visaLetterRequests.participantId });
      return rows.length;
    },
  };
}

function conditionsOf(filter: RegistrationFilter): SQL[] {
  const conditions: (SQL | undefined)[] = [
    filter.status && eq(participants.status, filter.status),
    filter.role && eq(participants.role, filter.role),
    filter.provinceId ? eq(participants.provinceId, filter.provinceId) : undefined,
    filter.countryCode ? eq(participants.countryCode, filter.countryCode) : undefined,
    filter.delegationId ? eq(participants.delegationId, filter.delegationId) : undefined,
    filter.text ? textMatch(filter.text) : undefined,
  ];
  return conditions.filter((condition): condition is SQL => condition !== undefined);
}

function textMatch(text: string): SQL | undefined {
  const pattern = `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
  return or(
    ilike(participants.nameNative, pattern),
    ilike(participants.nameLatin, pattern),
    ilike(participants.email, pattern),
    ilike(participants.organisation, pattern),
  );
}

export type ParticipantsRepository = ReturnType<typeof createParticipantsRepository>;
