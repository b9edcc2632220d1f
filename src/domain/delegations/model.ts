import type { Locale } from '../../platform/i18n/locales.ts';

export const PARTICIPANT_ROLES = [
  'head',
  'member',
  'interpreter',
  'press',
  'speaker',
  'moderator',
  'exhibitor',
  'buyer',
  'guest',
] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/** Roles that travel with a province's delegation and count against its limits. */
export const DELEGATION_ROLES: readonly ParticipantRole[] = ['head', 'member', 'interpreter', 'press'];

export const PARTICIPANT_STATUSES = ['pending', 'approved', 'rejected', 'cancelled'] as const;
export type ParticipantStatus = (typeof PARTICIPANT_STATUSES)[number];

/** Most people of each role a delegation may bring; a role left out has no limit of its own. */
export type RoleLimits = Partial<Record<ParticipantRole, number>>;

/** A person taking part in an edition, as other capabilities (badges, dashboard) see them: no phone, no passport. */
export type Participant = {
  id: string;
  editionId: string;
  delegationId: string | null;
  role: ParticipantRole;
  nameNative: string;
  nameLatin: string;
  nameLanguage: Locale;
  position: string | null;
  organisation: string | null;
  countryCode: string;
  provinceId: string | null;
  email: string | null;
  languages: Locale[];
  status: ParticipantStatus;
  userId: string | null;
  isDemo: boolean;
};

/** A province's party in one edition, with how many people it may bring. */
export type Delegation = {
  id: string;
  editionId: string;
  provinceId: string;
  memberLimit: number;
  roleLimits: RoleLimits;
};
