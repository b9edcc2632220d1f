import type { LocalizedText } from '../../platform/i18n/localized-text.ts';

/** A draft is prepared by the secretariat and seen by it alone; a published edition is public. */
export const EDITION_STATUSES = ['draft', 'published'] as const;
export type EditionStatus = (typeof EDITION_STATUSES)[number];

export type Edition = {
  id: string;
  ordinal: number;
  name: LocalizedText;
  slogan: LocalizedText;
  hostProvinceId: string;
  city: LocalizedText;
  venue: LocalizedText;
  startsOn: string;
  endsOn: string;
  timeZone: string;
  sources: string[];
  registrationClosesAt: Date | null;
  copiedFromEditionId: string | null;
  status: EditionStatus;
  publishedAt: Date | null;
};

export type Panel = {
  id: string;
  kind: 'general' | 'specialist';
  number: number | null;
  title: LocalizedText;
  moderatorName: LocalizedText;
  moderatorRole: LocalizedText;
  sectorIds: string[];
  sources: string[];
};

export type Speaker = {
  id: string;
  name: LocalizedText;
  role: LocalizedText;
  slot: 'opening_keynote' | 'closing_keynote';
  sources: string[];
};

export type Expo = {
  id: string;
  name: LocalizedText;
  venue: LocalizedText;
  venueProvinceId: string | null;
  aim: LocalizedText;
  targetMarkets: string[];
  startsOn: string;
  endsOn: string;
  sources: string[];
};

export type EditionProvince = { provinceId: string; role: 'host' | 'participant' };

export type EditionDetail = Edition & {
  panels: Panel[];
  speakers: Speaker[];
  provinces: EditionProvince[];
  expos: Expo[];
};

/** What the secretariat gives for a new edition; the rest is copied or starts empty. */
export type NewEdition = Omit<Edition, 'sources' | 'copiedFromEditionId' | 'ordinal' | 'status' | 'publishedAt'> & {
  ordinal: number | null;
  participatingProvinceIds: string[];
  copyFromEditionId: string | null;
};

export type EditionChanges = Partial<
  Pick<Edition, 'name' | 'slogan' | 'city' | 'venue' | 'startsOn' | 'endsOn' | 'timeZone' | 'registrationClosesAt'>
>;

/** What the secretariat may change of an edition's expo after it was copied: its name, place and dates. */
export type ExpoChanges = Partial<Pick<Expo, 'name' | 'venue' | 'venueProvinceId' | 'startsOn' | 'endsOn'>>;

/** What copying an edition brought along, for the audit log and the answer. */
export type CopyReport = {
  panels: number;
  rooms: number;
  sessions: number;
  expos: number;
  delegations: number;
  booths: number;
};

/** What an edition copied forward hands to each capability that copies its own part of it. */
export type EditionCopy = {
  source: Edition;
  target: Edition;
  /** Whole days from the source's first day to the target's. */
  days: number;
  /** The source's panel ids and the ids their copies got. */
  panelIds: ReadonlyMap<string, string>;
  /** The source's expo ids and the ids their copies got. */
  expoIds: ReadonlyMap<string, string>;
};
