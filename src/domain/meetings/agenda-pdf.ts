import type { TFunction } from 'i18next';
import { formatDayBothCalendars, formatTimeRange, formatTimeZoneName } from '../../platform/i18n/format-instant.ts';
import { textIn } from '../../platform/i18n/localized-text.ts';
import { LOCALE_DIRECTION, type Locale } from '../../platform/i18n/locales.ts';
import {
  A4_PORTRAIT,
  drawParagraph,
  drawSection,
  PDF_COLOURS,
  type PdfSection,
  startTablePdf,
} from '../../platform/pdf/table-pdf.ts';
import type { Agenda, AgendaItem } from './agenda.ts';
import type { Person } from './meeting-people.ts';

const startOf = (item: AgendaItem) => (item.kind === 'meeting' ? item.slot.startsAt : item.session.startsAt);
const endOf = (item: AgendaItem) => (item.kind === 'meeting' ? item.slot.endsAt : item.session.endsAt);
const nameIn = (person: Person, locale: Locale) =>
  person.nameLanguage === locale ? person.nameNative : person.nameLatin || person.nameNative;

/**
 * A person's agenda to print: one table a day (time, what, where, with whom or in which role,
 * interpreter), in their language and script, days in both calendars for Persian readers.
 */
export function renderAgendaPdf(agenda: Agenda, locale: Locale, t: TFunction): Promise<Buffer> {
  const rightToLeft = LOCALE_DIRECTION[locale] === 'rtl';
  const title = t('agendaPdf.title', { name: nameIn(agenda.person, locale) });
  const { cursor, finish } = startTablePdf({ page: A4_PORTRAIT, title, rightToLeft });
  drawParagraph(cursor, title, 16, PDF_COLOURS.brand, true);
  const firstStart = agenda.items[0] ? startOf(agenda.items[0]) : new Date();
  const zone = formatTimeZoneName(agenda.timeZone, locale, firstStart);
  drawParagraph(cursor, t('agendaPdf.times', { zone }), 9, PDF_COLOURS.muted);
  if (agenda.items.length === 0) drawParagraph(cursor, t('agendaPdf.empty'), 10, PDF_COLOURS.ink);
  for (const section of daySections(agenda, locale, t)) drawSection(cursor, section);
  return finish((page, pages) => t('agendaPdf.page', { page: number(page, locale), pages: number(pages, locale) }));
}

const number = (value: number, locale: Locale) => new Intl.NumberFormat(locale).format(value);

function daySections(agenda: Agenda, locale: Locale, t: TFunction): PdfSection[] {
  const dayOf = (item: AgendaItem) => formatDayBothCalendars(startOf(item), locale, agenda.timeZone);
  const days = [...new Set(agenda.items.map(dayOf))];
  const columns = [
    { header: t('agendaPdf.time'), widthChars: 11, numeric: false },
    { header: t('agendaPdf.what'), widthChars: 30, numeric: false },
    { header: t('agendaPdf.where'), widthChars: 16, numeric: false },
    { header: t('agendaPdf.with'), widthChars: 22, numeric: false },
    { header: t('agendaPdf.interpreter'), widthChars: 14, numeric: false },
  ];
  return days.map((day) => ({
    heading: day,
    table: {
      columns,
      rows: agenda.items.filter((item) => dayOf(item) === day).map((item) => rowOf(item, agenda.timeZone, locale, t)),
    },
    notes: [],
  }));
}

function rowOf(item: AgendaItem, timeZone: string, locale: Locale, t: TFunction) {
  const time = formatTimeRange(startOf(item), endOf(item), locale, timeZone);
  if (item.kind === 'session') {
    return [
      time,
      textIn(item.session.title, locale),
      item.session.roomName ? textIn(item.session.roomName, locale) : '',
      t(`agendaPdf.role.${item.role}`),
      '',
    ].map((text) => ({ text }));
  }
  return [
    time,
    `${item.topic} (${t(`agendaPdf.kind.${item.meetingKind}`)})`,
    item.room ? textIn(item.room.name, locale) : '',
    item.counterparts.map((person) => nameIn(person, locale)).join(', '),
    item.interpreter?.name ?? '',
  ].map((text) => ({ text }));
}
