import type { Dashboard } from '../api/types.ts';
import { countryName, formatDate, formatDateTime, timeZoneName } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { pickText } from '../i18n/pick-text.ts';
import type { ChartCardProps, ChartTable } from './ChartCard.tsx';

type Translate = (key: string, options?: Record<string, unknown>) => string;

type Count = { key: string; count: number };

/**
 * The figures in the order the dashboard shows them, each with the sentence said in its place
 * while it has nothing above zero.
 */
export function chartsOf(
  dashboard: Dashboard,
  t: Translate,
  locale: Locale,
  provinceName: (id: string) => string,
): ChartCardProps[] {
  const liveNote = t('dashboard.liveNote');
  const registrationsBy = (heading: string, counts: Count[], label: (key: string) => string): ChartTable => ({
    heading: t(heading),
    columns: [t('column.registrations')],
    rows: counts.map(({ key, count }) => ({ key, label: label(key), values: [count] })),
  });
  const byCountry = registrationsBy('column.country', dashboard.byCountry, (key) => countryName(key, locale));
  const byProvince = registrationsBy('column.province', dashboard.byProvince, provinceName);
  const byRole = registrationsBy('column.role', dashboard.byRole, (key) => t(`role.${key}`));
  const byStatus = registrationsBy('column.status', dashboard.byStatus, (key) => t(`status.${key}`));
  const daily: ChartTable = {
    heading: t('column.day'),
    columns: [t('column.people')],
    rows: dashboard.dailyAttendance.map(({ day, count }) => ({
      key: day,
      label: formatDate(day, locale),
      values: [count],
    })),
  };
  const dailyNote = t('dashboard.dailyNote');
  const sessions = sessionsOf(dashboard, t, locale);
  const sessionNote = t('dashboard.sessionNote', { timeZone: timeZoneName(dashboard.timeZone, locale, new Date()) });
  // Said instead of a chart with nothing above zero: what is missing, and what will fill it.
  const noLive = t('dashboard.empty.live');
  const noSessions = dashboard.sessionAttendance.length === 0;
  return [
    {
      id: 'by-country',
      title: t('dashboard.byCountry'),
      note: liveNote,
      kind: 'bars',
      table: byCountry,
      empty: noLive,
    },
    {
      id: 'by-province',
      title: t('dashboard.byProvince'),
      note: liveNote,
      kind: 'bars',
      table: byProvince,
      empty: t('dashboard.empty.byProvince'),
    },
    { id: 'by-role', title: t('dashboard.byRole'), note: liveNote, kind: 'bars', table: byRole, empty: noLive },
    {
      id: 'by-status',
      title: t('dashboard.byStatus'),
      kind: 'donut',
      table: byStatus,
      empty: t('dashboard.empty.registrations'),
    },
    {
      id: 'daily-attendance',
      title: t('dashboard.dailyAttendance'),
      note: dailyNote,
      kind: 'columns',
      table: daily,
      empty: t('dashboard.empty.daily'),
    },
    {
      id: 'session-attendance',
      title: t('dashboard.sessionAttendance'),
      note: sessionNote,
      kind: 'bars',
      table: sessions,
      empty: t(noSessions ? 'dashboard.empty.noSessions' : 'dashboard.empty.sessions'),
    },
  ];
}

function sessionsOf(dashboard: Dashboard, t: Translate, locale: Locale): ChartTable {
  return {
    heading: t('column.session'),
    columns: [t('column.seatsReserved'), t('column.checkedIn')],
    rows: dashboard.sessionAttendance.map((session) => {
      const title = pickText(session.title, locale);
      return {
        key: session.sessionId,
        label: title?.text ?? session.sessionId,
        cell: (
          <>
            <span lang={title?.language} dir="auto">
              {title?.text}
            </span>
            <br />
            <small className="announcement-meta">{formatDateTime(session.startsAt, locale, dashboard.timeZone)}</small>
          </>
        ),
        values: [session.seatsReserved, session.checkedIn],
      };
    }),
  };
}
