import { and, eq } from 'drizzle-orm';
import type { ParticipantRole, ParticipantStatus, RoleLimits } from '../../../domain/delegations/model.ts';
import { delegations, participants } from '../../../domain/delegations/tables.ts';
import { provinces } from '../../../domain/provinces/tables.ts';
import type { Executor } from '../../db/client.ts';
import type { Locale } from '../../i18n/locales.ts';
import { EDITION_2025 } from './summit.ts';

export type DelegationSpec = {
  editionId: string;
  provinceId: string;
  memberLimit?: number;
  roleLimits?: RoleLimits;
};

/** A province's delegation to an edition: the seeded editions have theirs, a factory edition has none. */
export async function insertDelegation(db: Executor, spec: DelegationSpec): Promise<string> {
  const [row] = await db
    .insert(delegations)
    .values({
      editionId: spec.editionId,
      provinceId: spec.provinceId,
      memberLimit: spec.memberLimit ?? 10,
      roleLimits: spec.roleLimits ?? {},
    })
    .returning({ id: delegations.id });
  return row!.id;
}

/** The id of a province's delegation to an edition, or null when it sends none. */
export async function delegationIdOf(db: Executor, editionId: string, provinceId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: delegations.id })
    .from(delegations)
    .where(and(eq(delegations.editionId, editionId), eq(delegations.provinceId, provinceId)));
  return row?.id ?? null;
}

export type ParticipantSpec = {
  /** The 2025 summit unless told. */
  editionId?: string;
  role?: ParticipantRole;
  status?: ParticipantStatus;
  /** Gilan unless told; null for someone from no Caspian province. */
  provinceId?: string | null;
  /** The delegation of the province to the edition, when there is one, unless told (null: none). */
  delegationId?: string | null;
  /** The province's country, or IR without a province. */
  countryCode?: string;
  nameNative?: string;
  nameLatin?: string;
  nameLanguage?: Locale;
  languages?: Locale[];
  email?: string | null;
  userId?: string | null;
  createdAt?: Date;
};

/**
 * A participant row written straight to the table, approved unless told: the registration flow
 * (limits, deadlines, e-mails) is not what the tests that use it are about.
 */
export async function insertParticipant(db: Executor, spec: ParticipantSpec = {}): Promise<string> {
  const editionId = spec.editionId ?? EDITION_2025;
  const provinceId = spec.provinceId === undefined ? 'gilan' : spec.provinceId;
  const delegationId =
    spec.delegationId !== undefined || provinceId === null
      ? (spec.delegationId ?? null)
      : await delegationIdOf(db, editionId, provinceId);
  const [row] = await db
    .insert(participants)
    .values({
      editionId,
      delegationId,
      role: spec.role ?? 'member',
      status: spec.status ?? 'approved',
      nameNative: spec.nameNative ?? 'سارا نیک‌نام',
      nameLatin: spec.nameLatin ?? 'Sara Niknam',
      nameLanguage: spec.nameLanguage ?? 'fa',
      countryCode: spec.countryCode ?? (await countryOf(db, provinceId)),
      provinceId,
      email: spec.email ?? null,
      languages: spec.languages ?? ['fa'],
      userId: spec.userId ?? null,
      createdAt: spec.createdAt ?? new Date('2025-10-01T08:00:00Z'),
    })
    .returning({ id: participants.id });
  return row!.id;
}

async function countryOf(db: Executor, provinceId: string | null): Promise<string> {
  if (provinceId === null) return 'IR';
  const [row] = await db
    .select({ countryCode: provinces.countryCode })
    .from(provinces)
    .where(eq(provinces.id, provinceId));
  return row?.countryCode ?? 'IR';
}

/** Moves a registration on (or back) without the decision flow, e.g. to cancel it after its badge was issued. */
export async function setParticipantStatus(db: Executor, id: string, status: ParticipantStatus): Promise<void> {
  await db.update(participants).set({ status }).where(eq(participants.id, id));
}

/** The approved head (governor) of a province's delegation to an edition, as the seed has them. */
export async function delegationHeadOf(db: Executor, editionId: string, provinceId: string): Promise<string> {
  const delegationId = await delegationIdOf(db, editionId, provinceId);
  const [row] = await db
    .select({ id: participants.id })
    .from(participants)
    .where(
      and(
        eq(participants.delegationId, delegationId!),
        eq(participants.role, 'head'),
        eq(participants.status, 'approved'),
      ),
    );
  return row!.id;
}
