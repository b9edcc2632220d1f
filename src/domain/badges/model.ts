import type { Locale } from '../../platform/i18n/locales.ts';
import type { ParticipantRole, ParticipantStatus } from '../delegations/model.ts';

export type Badge = {
  id: string;
  participantId: string;
  editionId: string;
  issuedAt: Date;
  issuedBy: string | null;
  revokedAt: Date | null;
  revokedBy: string | null;
  revokedReason: string | null;
};

export type SigningKey = { id: number; secret: Buffer };

export type CheckIn = {
  id: string;
  badgeId: string;
  participantId: string;
  editionId: string;
  /** Null for a scan at the venue's door. */
  sessionId: string | null;
  /** The calendar day (YYYY-MM-DD) in the edition's time zone. */
  day: string;
  checkedInAt: Date;
  checkedInBy: string | null;
};

export type NewCheckIn = Omit<CheckIn, 'id'>;

/** What a badge and a check-in need to know of a participant. */
export type BadgeHolder = {
  id: string;
  editionId: string;
  delegationId: string | null;
  role: ParticipantRole;
  status: ParticipantStatus;
  nameNative: string;
  nameLatin: string;
  nameLanguage: Locale;
  provinceId: string | null;
  organisation: string | null;
  isDemo: boolean;
};

export type AttendanceSummary = {
  byDay: { day: string; count: number }[];
  bySession: { sessionId: string; count: number }[];
};
