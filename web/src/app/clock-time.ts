import { formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';

const latinDigits = (text: string) =>
  text.replace(/[\u06F0-\u06F9\u0660-\u0669]/g, (digit) =>
    String(digit.charCodeAt(0) - (digit >= '\u06F0' ? 0x06f0 : 0x0660)),
  );

/** A 24-hour time typed in any digits ("۹:۳۰", "14.30") as `HH:mm`, or null when it is none. */
export function readTimeField(text: string): string | null {
  const match = /^\s*(\d{1,2})\s*[:.٫]\s*(\d{2})\s*$/.exec(latinDigits(text));
  if (!match) return null;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${match[2]}`;
}

/** `HH:mm` in the reader's digits: "۰۹:۳۰" in Persian. */
export function formatTimeField(time: string, locale: Locale): string {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) return time;
  const two = (part: string) => formatNumber(Number(part), locale, { minimumIntegerDigits: 2, useGrouping: false });
  return `${two(match[1]!)}:${two(match[2]!)}`;
}
