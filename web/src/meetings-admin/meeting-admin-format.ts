import { formatDate, formatNumber } from '../i18n/format.ts';
import { formattersFor } from '../i18n/intl-formatters.ts';
import type { Locale } from '../i18n/locales.ts';
import { personLabel } from '../meetings/meeting-format.ts';
import type { GridMeeting, MeetingRequest, MeetingSlot } from './admin-types.ts';

/** "09:00–09:30" in the edition's zone, with the reader's digits (Persian digits in fa). */
export function formatSlotTime(slot: MeetingSlot, locale: Locale, timeZone: string): string {
  const formatter = formattersFor(locale).dateTime({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
  return `${formatter.format(new Date(slot.startsAt))}–${formatter.format(new Date(slot.endsAt))}`;
}

/** The day and time of a slot, for a list of slots to choose from. */
export function formatSlot(slot: MeetingSlot, locale: Locale, timeZone: string): string {
  return `${formatDate(slot.day, locale)}, ${formatSlotTime(slot, locale, timeZone)}`;
}

/** Below this the gap is the floating-point noise of an optimal schedule (1e-16), not a gap. */
const NO_GAP = 1e-9;
/** The smallest gap the page writes with two decimals: 0.01%. */
const SHOWN_GAP = 0.0001;

/**
 * The scheduler's gap as a percentage: 0.0123 → "1.23%" (Persian digits and sign in fa). A gap too
 * small for two decimals is written "< 0.01%", so a schedule short of the bound never reads as optimal.
 */
export function formatGap(gap: number, locale: Locale): string {
  const percent = (value: number) => formatNumber(value, locale, { style: 'percent', maximumFractionDigits: 2 });
  if (gap >= NO_GAP && gap < SHOWN_GAP) return `< ${percent(SHOWN_GAP)}`;
  return percent(gap < NO_GAP ? 0 : gap);
}

export type SideNames = { province: string | null; names: string[] };

/**
 * One side of a meeting as the grid names it: its province for a G2G meeting (from the request,
 * which the meeting view does not carry) and its people in the script the reader reads.
 */
export function sideNames(
  meeting: GridMeeting,
  side: 'requester' | 'receiver',
  request: MeetingRequest | undefined,
  provinceName: (id: string | null) => string,
  locale: Locale,
): SideNames {
  const provinceId = request?.[side].provinceId ?? null;
  return {
    province: provinceId ? provinceName(provinceId) : null,
    names: meeting.people.filter((person) => person.side === side).map((person) => personLabel(person, locale)),
  };
}

/** One side of a request: its province (G2G) and its people in the script the reader reads. */
export function requestSideNames(
  request: MeetingRequest,
  side: 'requester' | 'receiver',
  provinceName: (id: string | null) => string,
  locale: Locale,
): SideNames {
  const { provinceId, people } = request[side];
  return {
    province: provinceId ? provinceName(provinceId) : null,
    names: people.map((person) => personLabel(person, locale)),
  };
}
