import { readAll } from '../../platform/db/read-all.ts';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { RequestContext } from '../../platform/context/request-context.ts';
import type { ParticipantRole, ParticipantStatus, RoleLimits } from './model.ts';
import { delegations, participants } from './tables.ts';

export type RegistrationCount<K extends string = string> = { key: K; count: number };

export type RegistrationCounts = {
  byCountry: RegistrationCount[];
  byProvince: RegistrationCount[];
  byRole: RegistrationCount<ParticipantRole>[];
  byStatus: RegistrationCount<ParticipantStatus>[];
};

export type DelegationRegistrations = {
  delegationId: string;
  provinceId: string;
  memberLimit: number;
  roleLimits: RoleLimits;
  counts: { role: ParticipantRole; status: ParticipantStatus; count: number }[];
};

/** Registrations that still hold a place; rejected and cancelled ones are only counted by status. */
const LIVE: ParticipantStatus[] = ['pending', 'approved'];

/** A participant's province: their own, or else their delegation's. */
const provinceOf = sql<string | null>`coalesce(${participants.provinceId}, ${delegations.provinceId})`;
const count = sql<number>`count(*)::int`;

/**
 * Registrations of an edition counted by country, province, role (live registrations only) and
 * status (all). Read-only statistics for the secretariat's dashboard.
 */
export async function countRegistrations(context: RequestContext, editionId: string): Promise<RegistrationCounts> {
  const { db } = context;
  const live = and(eq(participants.editionId, editionId), inArray(participants.status, LIVE));
  const [byCountry, byProvince, byRole, byStatus] = await readAll(db, [
    () =>
      db
        .select({ key: participants.countryCode, count })
        .from(participants)
        .where(live)
        .groupBy(participants.countryCode),
    () =>
      db
        .select({ key: provinceOf, count })
        .from(participants)
        .leftJoin(delegations, eq(delegations.id, participants.delegationId))
        .where(and(live, sql`${provinceOf} is not null`))
        .groupBy(provinceOf),
    () => db.select({ key: participants.role, count }).from(participants).where(live).groupBy(participants.role),
    () =>
      db
        .select({ key: participants.status, count })
        .from(participants)
        .where(eq(participants.editionId, editionId))
        .groupBy(participants.status),
  ]);
  const numbers = <K extends string>(rows: { key: K | null; count: number }[]) =>
    rows.map((row) => ({ key: row.key as K, count: Number(row.count) }));
  return {
    byCountry: numbers(byCountry),
    byProvince: numbers(byProvince),
    byRole: numbers(byRole),
    byStatus: numbers(byStatus),
  };
}

/** Every delegation of the edition with its registrations counted per role and status (none for an empty one). */
export async function countDelegationRegistrations(
  context: RequestContext,
  editionId: string,
): Promise<DelegationRegistrations[]> {
  const { db } = context;
  const [all, rows] = await readAll(db, [
    () =>
      db.select().from(delegations).where(eq(delegations.editionId, editionId)).orderBy(asc(delegations.provinceId)),
    () =>
      db
        .select({
          delegationId: participants.delegationId,
          role: participants.role,
          status: participants.status,
          count,
        })
        .from(participants)
        .where(and(eq(participants.editionId, editionId), sql`${participants.delegationId} is not null`))
        .groupBy(participants.delegationId, participants.role, participants.status),
  ]);
  return all.map((delegation) => ({
    delegationId: delegation.id,
    provinceId: delegation.provinceId,
    memberLimit: delegation.memberLimit,
    roleLimits: delegation.roleLimits,
    counts: rows
      .filter((row) => row.delegationId === delegation.id)
      .map(({ role, status, count: n }) => ({ role, status, count: Number(n) })),
  }));
}
