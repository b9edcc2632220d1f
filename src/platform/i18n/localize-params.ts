import type { TFunction } from 'i18next';
import type { MessageParam, MessageParams } from '../errors/message-params.ts';
import { formatDayBothCalendars, formatGregorianMonth, formatInstant } from './format-instant.ts';
import { languageNameIn } from './language-names.ts';
import type { Locale } from './locales.ts';
import { textIn } from './localized-text.ts';

export type Reader = { t: TFunction; locale: Locale };

/** Puts every parameter of a message into the reader's words; plain values pass through. */
export function localizeParams(
  reader: Reader,
  params: MessageParams,
): Record<string, string | number | boolean | null> {
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, localizeParam(reader, value)]));
}

function localizeParam(reader: Reader, value: MessageParam): string | number | boolean | null {
  if (value === null || typeof value !== 'object') return value;
  switch (value.localize) {
    case 'text':
      // Isolated: a name in another script keeps its own direction inside the sentence.
      return `\u2068${textIn(value.text, reader.locale)}\u2069`;
    case 'term': {
      const word = reader.t(value.key);
      return value.lowerCase ? word.toLocaleLowerCase(reader.locale) : word;
    }
    case 'instant':
      return formatInstant(new Date(value.at), reader.locale, value.timeZone);
    case 'day':
      return formatDayBothCalendars(new Date(`${value.day}T12:00:00Z`), reader.locale, 'UTC');
    case 'gregorianMonth':
      return formatGregorianMonth(value.month, reader.locale);
    case 'language':
      return languageNameIn(value.code, reader.locale);
    case 'phrase':
      return reader.t(value.key, localizeParams(reader, value.params));
    case 'list': {
      const items = value.items.map((item) => String(localizeParam(reader, item)));
      return new Intl.ListFormat(reader.locale, { type: 'conjunction' }).format(items);
    }
  }
}
