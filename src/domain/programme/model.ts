import type { LocalizedText } from '../../platform/i18n/localized-text.ts';
import type { Locale } from '../../platform/i18n/locales.ts';

export const SESSION_KINDS = [
  'opening',
  'general_panel',
  'specialist_panel',
  'side_event',
  'bilateral_block',
  'expo_visit',
  'break',
  'closing',
] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export const ROOM_EQUIPMENT = ['projector', 'microphones', 'video_link', 'recording', 'live_stream', 'stage'] as const;
export type RoomEquipment = (typeof ROOM_EQUIPMENT)[number];

/** A booth interprets from one language into another; a pair of booths makes it both ways. */
export type InterpretationBooth = { from: Locale; to: Locale };

export const SESSION_PERSON_ROLES = ['moderator', 'speaker'] as const;
export type SessionPersonRole = (typeof SESSION_PERSON_ROLES)[number];

export type Room = {
  id: string;
  editionId: string;
  name: LocalizedText;
  capacity: number;
  equipment: RoomEquipment[];
  interpretationBooths: InterpretationBooth[];
  sortOrder: number;
};
