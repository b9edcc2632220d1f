import type { LocalizedText } from '../../platform/i18n/localized-text.ts';
import type { ParticipantRole, ParticipantStatus, RoleLimits } from '../delegations/model.ts';

/** How many registrations share one value of a dimension (a country, a province, a role, a status). */
export type Tally<K extends string = string> = { key: K; count: number };

/** Registrations of one delegation, counted per role and status: the input of the incompleteness rule. */
export type DelegationTally = {
  delegationId: string;
  provinceId: string;
  memberLimit: number;
  roleLimits: RoleLimits;
  counts: { role: ParticipantRole; status: ParticipantStatus; count: number }[];
};

export const DELEGATION_GAPS = ['no_approved_head', 'no_approved_interpreter', 'pending_registrations'] as const;
/** Why a delegation is not ready: each reason the secretariat would have to chase. */
export type DelegationGap = (typeof DELEGATION_GAPS)[number];

export type DelegationStanding = {
  delegationId: string;
  provinceId: string;
  hasApprovedHead: boolean;
  hasApprovedInterpreter: boolean;
  pendingRegistrations: number;
  memberLimit: number;
  seatsTaken: number;
  seatsLeft: number;
  gaps: DelegationGap[];
};

export type SessionAttendance = {
  sessionId: string;
  title: LocalizedText;
  startsAt: Date;
  seatsReserved: number;
  checkedIn: number;
};

export type Dashboard = {
  editionId: string;
  timeZone: string;
  byCountry: Tally[];
  byProvince: Tally[];
  byRole: Tally<ParticipantRole>[];
  byStatus: Tally<ParticipantStatus>[];
  dailyAttendance: { day: string; count: number }[];
  sessionAttendance: SessionAttendance[];
  incompleteDelegations: DelegationStanding[];
};
