import type { Badge, BadgeHolder } from './model.ts';

/** The calendar day (YYYY-MM-DD) an instant falls on in a time zone: the edition's, not the server's. */
export function localDayOf(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const part = (type: 'year' | 'month' | 'day') => parts.find((entry) => entry.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

export type AdmissionCheck =
  | { ok: true }
  | { ok: false; code: 'badge_revoked'; revokedAt: Date }
  | { ok: false; code: 'participant_not_approved'; status: string };

/**
 * Whether a genuinely signed badge still admits its holder. Revocation wins over everything:
 * a photo of an old badge must not get anyone in.
 */
export function checkAdmission(badge: Badge, holder: BadgeHolder): AdmissionCheck {
  if (badge.revokedAt) return { ok: false, code: 'badge_revoked', revokedAt: badge.revokedAt };
  if (holder.status !== 'approved') return { ok: false, code: 'participant_not_approved', status: holder.status };
  return { ok: true };
}

export type IssueCheck = { ok: true } | { ok: false; code: 'participant_not_approved'; status: string };

export function checkBadgeIssue(holder: BadgeHolder): IssueCheck {
  return holder.status === 'approved'
    ? { ok: true }
    : { ok: false, code: 'participant_not_approved', status: holder.status };
}
