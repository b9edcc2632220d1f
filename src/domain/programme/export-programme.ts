import { formatInTimeZone } from 'date-fns-tz';
import { languageNameIn } from '../../platform/i18n/language-names.ts';
import { LOCALE_DIRECTION, type Locale } from '../../platform/i18n/locales.ts';
import { textIn } from '../../platform/i18n/localized-text.ts';
import {
  CELL_FORMAT,
  calendarDay,
  type TableCell,
  wallClock,
  writeTableWorkbook,
} from '../../platform/xlsx/table-workbook.ts';
import { COLUMN_LABELS, EXPORT_COLUMNS, type ExportColumn, KIND_LABELS, SHEET_LABELS } from './export-labels.ts';
import type { Programme, SessionDetail } from './model.ts';

// The day a date cell, the start and end full date-times shown as times: a sheet sorts and
// subtracts them. All in the edition's zone, which the time zone column names.
const FORMATS: Partial<Record<ExportColumn, string>> = {
  day: CELL_FORMAT.date,
  starts: CELL_FORMAT.time,
  ends: CELL_FORMAT.time,
};

/** The programme as a workbook in the reader's language, times in the edition's zone (named in a column). */
export function writeProgrammeWorkbook(programme: Programme, locale: Locale): Promise<Buffer> {
  const sheet = {
    name: SHEET_LABELS[locale],
    header: EXPORT_COLUMNS.map((column) => COLUMN_LABELS[locale][column]),
    rows: programme.sessions.map((session) => {
      const row = rowOf(session, programme.timeZone, locale);
      return EXPORT_COLUMNS.map((column) => row[column]);
    }),
    columnWidths: EXPORT_COLUMNS.map((column) => (column === 'abstract' ? 60 : 18)),
    columnFormats: EXPORT_COLUMNS.map((column) => FORMATS[column]),
  };
  return writeTableWorkbook([sheet], { rightToLeft: LOCALE_DIRECTION[locale] === 'rtl' });
}

function rowOf(session: SessionDetail, timeZone: string, locale: Locale): Record<ExportColumn, TableCell> {
  const names = (role: string) =>
    session.people
      .filter((person) => person.role === role)
      .map((person) => person.nameLatin || person.nameNative)
      .join(', ');
  const languages = (codes: readonly Locale[]) => codes.map((code) => languageNameIn(code, locale)).join(', ');
  return {
    day: calendarDay(formatInTimeZone(session.startsAt, timeZone, 'yyyy-MM-dd')),
    starts: wallClock(session.startsAt, timeZone),
    ends: wallClock(session.endsAt, timeZone),
    timeZone,
    kind: KIND_LABELS[locale][session.kind],
    title: textIn(session.title, locale),
    room: session.roomName ? textIn(session.roomName, locale) : null,
    languages: languages(session.languagesSpoken),
    interpretation: languages(session.languagesInterpreted),
    moderators: names('moderator'),
    speakers: names('speaker'),
    abstract: textIn(session.abstract, locale),
  };
}
