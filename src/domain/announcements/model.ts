import type { LocalizedText } from '../../platform/i18n/localized-text.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import type { Role } from '../../platform/identity/roles.ts';

export const AUDIENCE_KINDS = ['everyone', 'role', 'delegation', 'session'] as const;
export type AudienceKind = (typeof AUDIENCE_KINDS)[number];

/** Who an announcement is for: everyone, one account role, one province's delegation, or the people seated at one session. */
export type Audience =
  | { kind: 'everyone' }
  | { kind: 'role'; role: Role }
  | { kind: 'delegation'; provinceId: string }
  | { kind: 'session'; sessionId: string };

export type Announcement = {
  id: string;
  editionId: string;
  title: LocalizedText;
  body: LocalizedText;
  language: Locale;
  audience: Audience;
  postedBy: string | null;
  postedAt: Date;
};

export type NewAnnouncement = Omit<Announcement, 'id'>;

/**
 * What decides whether an announcement reaches someone: their account, and what their
 * registrations tie them to in each edition.
 */
export type Reader = {
  userId: string;
  role: Role;
  // A delegation member's account names the province whose delegation they belong to.
  provinceId: string | null;
  // Delegations of provinces in which a participant linked to this account is registered.
  delegations: { editionId: string; provinceId: string }[];
  // Sessions at which a participant linked to this account holds a seat.
  sessionIds: string[];
};

export type Receipt = { userId: string; displayName: string; email: string; readAt: Date };
