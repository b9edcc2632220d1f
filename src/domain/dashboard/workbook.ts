import type { TFunction } from 'i18next';
import { countryNameIn } from '../../platform/i18n/language-names.ts';
import { textIn, type LocalizedText } from '../../platform/i18n/localized-text.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import {
  CELL_FORMAT,
  calendarDay,
  type TableCell,
  wallClock,
  writeTableWorkbook,
} from '../../platform/xlsx/table-workbook.ts';
import type { Dashboard } from './model.ts';

/** What the workbook needs beyond the figures: names in the reader's language. */
export type WorkbookNames = { t: TFunction; locale: Locale; provinceNames: ReadonlyMap<string, LocalizedText> };

/** Counts are numbers, days and times dates (in the edition's zone, which the header names). */
type SheetContent = { name: string; header: string[]; rows: TableCell[][]; columnFormats?: (string | undefined)[] };

// Excel refuses sheet names longer than 31 characters or holding any of : \ / ? * [ ].
const sheetName = (name: string) => name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);

/** One sheet per chart of the dashboard page, headers and names in the reader's language; counts stay numbers. */
export function dashboardSheets(dashboard: Dashboard, { t, locale, provinceNames }: WorkbookNames): SheetContent[] {
  const registrations = t('dashboard.column.registrations');
  const yesNo = (value: boolean) => t(value ? 'dashboard.yes' : 'dashboard.no');
  const province = (id: string) => textIn(provinceNames.get(id), locale) || id;
  return [
    {
      name: t('dashboard.sheet.byCountry'),
      header: [t('dashboard.column.country'), registrations],
      rows: dashboard.byCountry.map((entry) => [countryNameIn(entry.key, locale), entry.count]),
    },
    {
      name: t('dashboard.sheet.byProvince'),
      header: [t('dashboard.column.province'), registrations],
      rows: dashboard.byProvince.map((entry) => [province(entry.key), entry.count]),
    },
    {
      name: t('dashboard.sheet.byRole'),
      header: [t('dashboard.column.role'), registrations],
      rows: dashboard.byRole.map((entry) => [t(`dashboard.role.${entry.key}`), entry.count]),
    },
    {
      name: t('dashboard.sheet.byStatus'),
      header: [t('dashboard.column.status'), registrations],
      rows: dashboard.byStatus.map((entry) => [t(`dashboard.status.${entry.key}`), entry.count]),
    },
    {
      name: t('dashboard.sheet.dailyAttendance'),
      header: [t('dashboard.column.day'), t('dashboard.column.people')],
      rows: dashboard.dailyAttendance.map((entry) => [calendarDay(entry.day), entry.count]),
      columnFormats: [CELL_FORMAT.date],
    },
    {
      name: t('dashboard.sheet.sessionAttendance'),
      header: [
        t('dashboard.column.session'),
        t('dashboard.column.startsAt', { timeZone: dashboard.timeZone }),
        t('dashboard.column.seatsReserved'),
        t('dashboard.column.checkedIn'),
      ],
      rows: dashboard.sessionAttendance.map((session) => [
        textIn(session.title, locale),
        wallClock(session.startsAt, dashboard.timeZone),
        session.seatsReserved,
        session.checkedIn,
      ]),
      columnFormats: [undefined, CELL_FORMAT.dateTime],
    },
    {
      name: t('dashboard.sheet.incompleteDelegations'),
      header: [
        'province',
        'approvedHead',
        'approvedInterpreter',
        'pending',
        'memberLimit',
        'seatsTaken',
        'seatsLeft',
        'gaps',
      ].map((column) => t(`dashboard.column.${column}`)),
      rows: dashboard.incompleteDelegations.map((standing) => [
        province(standing.provinceId),
        yesNo(standing.hasApprovedHead),
        yesNo(standing.hasApprovedInterpreter),
        standing.pendingRegistrations,
        standing.memberLimit,
        standing.seatsTaken,
        standing.seatsLeft,
        standing.gaps.map((gap) => t(`dashboard.gap.${gap}`)).join('; '),
      ]),
    },
  ];
}

export function writeDashboardWorkbook(dashboard: Dashboard, names: WorkbookNames): Promise<Buffer> {
  const sheets = dashboardSheets(dashboard, names).map((sheet) => ({
    name: sheetName(sheet.name),
    header: sheet.header,
    rows: sheet.rows,
    columnFormats: sheet.columnFormats,
    // The first column names the row (a province, a session); the others are as wide as their heading.
    columnWidths: sheet.header.map((heading, index) =>
      index === 0 ? 40 : Math.max(12, Math.min(60, heading.length + 4)),
    ),
  }));
  return writeTableWorkbook(sheets, { rightToLeft: names.locale === 'fa' });
}
