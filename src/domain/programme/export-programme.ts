import { formatInTimeZone } from 'date-fns-tz';
import ExcelJS from 'exceljs';
import type { Locale } from '../../platform/i18n/locales.ts';
import { COLUMN_LABELS, EXPORT_COLUMNS, KIND_LABELS, type ExportColumn } from './export-labels.ts';
import type { Programme, SessionDetail } from './model.ts';
import { textIn } from '../../platform/i18n/localized-text.ts';

/** The programme as a workbook in the reader's language, times in the edition's zone (named in a column). */
export async function writeProgrammeWorkbook(programme: Programme, locale: Locale): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('programme', {
    views: [{ rightToLeft: locale === 'fa', state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = EXPORT_COLUMNS.map((column) => ({
    header: COLUMN_LABELS[locale][column],
    key: column,
    width: column === 'abstract' ? 60 : 18,
  }));
  sheet.getRow(1).font = { bold: true };
  for (const session of programme.sessions) sheet.addRow(rowOf(session, programme.timeZone, locale));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function rowOf(session: SessionDetail, timeZone: string, locale: Locale): Record<ExportColumn, string> {
  const names = (role: string) =>
    session.people
      .filter((person) => person.role === role)
      .map((person) => person.nameLatin || person.nameNative)
      .join(', ');
  return {
    day: formatInTimeZone(session.startsAt, timeZone, 'yyyy-MM-dd'),
    starts: formatInTimeZone(session.startsAt, timeZone, 'HH:mm'),
    ends: formatInTimeZone(session.endsAt, timeZone, 'HH:mm'),
    timeZone,
    kind: KIND_LABELS[locale][session.kind],
    title: textIn(session.title, locale),
    room: session.roomName ? textIn(session.roomName, locale) : '',
    languages: session.languagesSpoken.join(', '),
    interpretation: session.languagesInterpreted.join(', '),
    moderators: names('moderator'),
    speakers: names('speaker'),
    abstract: textIn(session.abstract, locale),
  };
}
