import type { ParticipantRole, ParticipantStatus, RoleLimits } from '../src/domain/delegations/model.ts';
import type { Locale } from '../src/platform/i18n/locales.ts';

/**
 * The secretariat's assumption for 2025, not a published figure: up to 15 people per province,
 * one head, three interpreters and three press; members fill the rest. Editable per delegation.
 */
export const DELEGATION_LIMITS_2025: { memberLimit: number; roleLimits: RoleLimits } = {
  memberLimit: 15,
  roleLimits: { head: 1, interpreter: 3, press: 3 },
};

export function buildDelegationRows(editionId: string, provinceIds: readonly string[]) {
  return provinceIds.map((provinceId) => ({ editionId, provinceId, ...DELEGATION_LIMITS_2025 }));
}

export type DemoParticipant = {
  provinceId: string | null;
  role: ParticipantRole;
  status: ParticipantStatus;
  nameLanguage: Locale;
  nameNative: string;
  nameLatin: string;
  countryCode: string;
  position: string;
  organisation: string;
  languages: Locale[];
  decisionReason?: string;
};

// Registered in October, decided a week later: dates a real registration period would show.
const REGISTERED_AT = new Date('2025-10-15T08:00:00Z');
const DECIDED_AT = new Date('2025-10-22T08:00:00Z');

const emailOf = (nameLatin: string) => `${nameLatin.toLowerCase().replace(/[^a-z]+/g, '.')}@example.org`;

/** Demo people go to their province's delegation when their role travels with one. */
export function buildDemoParticipantRows(
  demo: readonly DemoParticipant[],
  editionId: string,
  delegationIdOf: (provinceId: string) => string | null,
) {
  return demo.map((person) => ({
    editionId,
    delegationId: person.provinceId ? delegationIdOf(person.provinceId) : null,
    role: person.role,
    nameNative: person.nameNative,
    nameLatin: person.nameLatin,
    nameLanguage: person.nameLanguage,
    position: person.position,
    organisation: person.organisation,
    countryCode: person.countryCode,
    provinceId: person.provinceId,
    email: emailOf(person.nameLatin),
    phone: null,
    languages: person.languages,
    status: person.status,
    decisionReason: person.decisionReason ?? null,
    createdAt: REGISTERED_AT,
    decidedAt: person.status === 'pending' ? null : DECIDED_AT,
    isDemo: true,
  }));
}
