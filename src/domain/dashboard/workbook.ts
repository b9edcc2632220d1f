import type { TFunction } from 'i18next';
import { textIn, type LocalizedText } from '../../platform/i18n/localized-text.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import { writeTableWorkbook } from '../../platform/xlsx/table-workbook.ts';
import type { Dashboard } from './model.ts';

/** What the workbook needs beyond the figures: names in the reader's language. */
export type WorkbookNames = { t: TFunction; locale: Locale; provinceNames: ReadonlyMap<string, LocalizedText> };

type Cell = string | number;
type SheetContent = { name: string; header: string[]; rows: Cell[][] };

const INTL_TAG: Record<Locale, string> = { fa: 'fa-IR-u-ca-persian', ru: 'ru', en: 'en', az: 'az', kk: 'kk', tk: 'tk' };
// Excel refuses sheet names longer than 31 characters or holding any of : \ / ? * [ ].
const sheetName = (name: string) => name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);

function countryNameIn(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([INTL_TAG[locale], 'en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** One sheet per chart of the dashboard page, headers and names in the reader's language; counts stay numbers. */
export function dashboardSheets(dashboard: Dashboard, { t, locale, provinceNames }: WorkbookNames): SheetContent[] {
  const registrations = t('dashboard.column.registrations');
  const yesNo = (value: boolean) => t(value ? 'dashboard.yes' : 'dashboard.no');
  const province = (id: string) => textIn(provinceNames.get(id), locale) || id;
  const startsAt = new Intl.DateTimeFormat(INTL_TAG[locale], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: dashboard.timeZone,
  });
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
      rows: dashboard.dailyAttendance.map((entry) => [entry.day, entry.count]),
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
        startsAt.format(session.startsAt),
        session.seatsReserved,
        session.checkedIn,
      ]),
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
    // The first column names the row (a province, a session); the others are as wide as their heading.
    columnWidths: sheet.header.map((heading, index) =>
      index === 0 ? 40 : Math.max(12, Math.min(60, heading.length + 4)),
    ),
  }));
  return writeTableWorkbook(sheets, { rightToLeft: names.locale === 'fa' });
}
