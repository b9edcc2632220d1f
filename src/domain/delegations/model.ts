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
export const DELEGATION_ROLES = [
  'head',
  'member',
  'interpreter',
  'press',
] as const satisfies readonly ParticipantRole[];
export type DelegationRole = (typeof DELEGATION_ROLES)[number];

// Moderators are invited by the programme team, not registered through the public form.
export const PUBLIC_ROLES = [
  ...DELEGATION_ROLES,
  'speaker',
  'exhibitor',
  'buyer',
  'guest',
] as const satisfies readonly Exclude<ParticipantRole, 'moderator'>[];

export const PARTICIPANT_STATUSES = ['pending', 'approved', 'rejected', 'cancelled'] as const;
export type ParticipantStatus = (typeof PARTICIPANT_STATUSES)[number];

/** Longest text the secretariat may search registrations by (a name, an e-mail, an organisation). */
export const REGISTRATION_SEARCH_MAX_LENGTH = 200;

/** Most people of each role a delegation may bring; a role left out has no limit of its own. */
export type RoleLimits = Partial<Record<ParticipantRole, number>>;

/** Who a person is, as they write it on the registration form. */
export type PersonDetails = {
  nameNative: string;
  nameLatin: string;
  nameLanguage: Locale;
  position: string | null;
  organisation: string | null;
  countryCode: string;
};

/** A person taking part in an edition, as other capabilities (badges, dashboard) see them: no phone, no passport. */
export type Participant = PersonDetails & {
  id: string;
  editionId: string;
  delegationId: string | null;
  role: ParticipantRole;
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

/** How many people of each role a delegation has (approved, or holding a place: see rules.ts `holdsPlace`). */
export type RoleCounts = Partial<Record<ParticipantRole, number>>;

/** A delegation as the public sees it: its province, its limits, who has been approved and how many places are taken. */
export type DelegationSummary = Delegation & { approved: RoleCounts; approvedTotal: number; heldTotal: number };

/** What the edition says about when people may register. */
export type RegistrationWindow = { endsOn: string; timeZone: string; registrationClosesAt: Date | null };

/** Passport data for a visa invitation letter; read by the secretariat only, never echoed to the public. */
export type VisaLetterDetails = {
  fullNameInPassport: string;
  passportNumber: string;
  nationality: string;
  dateOfBirth: string;
  passportExpiresOn: string;
};

export type VisaLetterRequest = VisaLetterDetails & { participantId: string; requestedAt: Date };

/** What a registration form says about its person. */
export type RegistrationForm = PersonDetails & {
  role: ParticipantRole;
  provinceId: string | null;
  email: string;
  phone: string | null;
  languages: Locale[];
  visaLetter: VisaLetterDetails | null;
};

/** A participant as the secretariat and their own delegation's office see them. */
export type Registration = Participant & {
  phone: string | null;
  decisionReason: string | null;
  registeredBy: string | null;
  decidedBy: string | null;
  createdAt: Date;
  decidedAt: Date | null;
  visaLetterRequested: boolean;
};

export type NewParticipant = Omit<Registration, 'id' | 'visaLetterRequested' | 'isDemo'>;

export type RegistrationFilter = {
  status?: ParticipantStatus;
  role?: ParticipantRole;
  provinceId?: string;
  countryCode?: string;
  text?: string;
  delegationId?: string;
};

export type Decision = { decision: 'approve' | 'reject'; reason: string | null };
