import type { Locale } from '../../platform/i18n/locales.ts';

export const INTEREST_STATUSES = ['sent', 'accepted', 'declined'] as const;
export type InterestStatus = (typeof INTEREST_STATUSES)[number];

export const INTEREST_MESSAGE_MAX_LENGTH = 1000;

/**
 * One side telling the other "we are interested" in an offer or a need: a short message in the
 * writer's language, answered by accepting or declining. The sender is a party (a province's office
 * or an organisation), so two people of one office cannot send it twice.
 */
export type Interest = {
  id: string;
  itemId: string;
  /** The sender's own item that answers it (their offer for this need), when they name one. */
  fromItemId: string | null;
  fromParty: string;
  fromProvinceId: string | null;
  fromOrganisation: string | null;
  fromUserId: string;
  toProvinceId: string;
  /** The organisation the item belongs to, when it names one: its people answer too. */
  toOrganisation: string | null;
  message: string;
  language: Locale;
  status: InterestStatus;
  reply: string | null;
  createdAt: Date;
  answeredAt: Date | null;
  answeredBy: string | null;
};
