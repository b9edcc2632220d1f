import type { Participant } from '../delegations/model.ts';

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
export type BadgeHolder = Pick<
  Participant,
  | 'id'
  | 'editionId'
  | 'delegationId'
  | 'role'
  | 'status'
  | 'nameNative'
  | 'nameLatin'
  | 'nameLanguage'
  | 'provinceId'
  | 'organisation'
  | 'isDemo'
>;

export type AttendanceSummary = {
  byDay: { day: string; count: number }[];
  bySession: { sessionId: string; count: number }[];
};
