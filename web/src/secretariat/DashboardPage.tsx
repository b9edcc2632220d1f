import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../api/types.ts';
import { useApi } from '../api/use-api.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { countryName, formatDate, formatDateTime, timeZoneName } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { pickText } from '../i18n/pick-text.ts';
import { ChartCard, type ChartCardProps, type ChartTable } from './ChartCard.tsx';
import { EditionSelect } from './EditionSelect.tsx';
import { IncompleteDelegations } from './IncompleteDelegations.tsx';
import { useEditionChoice } from './use-edition-choice.ts';
import './secretariat.css';

/** The secretariat's figures for one edition, each chart with its numbers, and the whole as a workbook. */
export function DashboardPage() {
  const { t, i18n } = useTranslation('secretariat');
  const locale = i18n.language as Locale;
  const { editions, editionId, choose } = useEditionChoice();
  // While no edition is chosen nothing is asked (path null), so the empty id is never sent.
  const dashboard = useApi(
    editionId ? '/api/editions/{editionId}/dashboard' : null,
    { params: { path: { editionId: editionId ?? '' } } },
    locale,
  );
  // The workbook is a file, so a plain link.
  const workbook = editionId ? `/api/editions/${encodeURIComponent(editionId)}/dashboard.xlsx` : null;
  const provinces = useApi('/api/provinces');
  const provinceName = useMemo(() => {
    const names = new Map((provinces.data ?? []).map((province) => [province.id, province.names]));
    return (id: string) => pickText(names.get(id), locale)?.text ?? id;
  }, [provinces.data, locale]);
  const charts = useMemo(
    () => (dashboard.data ? chartsOf(dashboard.data, t, locale, provinceName) : null),
    [dashboard.data, t, locale, provinceName],
  );
  if (editions.problem) return <ProblemMessage problem={editions.problem} />;
  return (
    <section>
      <h1>{t('dashboard.title')}</h1>
      <p>{t('dashboard.intro')}</p>
      {editions.data && <EditionSelect editions={editions.data} value={editionId} onChange={choose} />}
      {workbook && (
        <p className="export-links">
          <a href={workbook} download data-testid="dashboard-xlsx">
            {t('dashboard.download')}
          </a>
        </p>
      )}
      {dashboard.problem && <ProblemMessage problem={dashboard.problem} />}
      {!dashboard.data && !dashboard.problem && <p>{t('loading')}</p>}
      {dashboard.data && charts && (
        <div className="dashboard-grid">
          {charts.map((chart) => (
            <ChartCard key={chart.id} {...chart} />
          ))}
          <IncompleteDelegations standings={dashboard.data.incompleteDelegations} provinceName={provinceName} />
        </div>
      )}
    </section>
  );
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

type Count = { key: string; count: number };

/** The figures in the order the dashboard shows them. */
function chartsOf(
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
  return [
    { id: 'by-country', title: t('dashboard.byCountry'), note: liveNote, kind: 'bars', table: byCountry },
    { id: 'by-province', title: t('dashboard.byProvince'), note: liveNote, kind: 'bars', table: byProvince },
    { id: 'by-role', title: t('dashboard.byRole'), note: liveNote, kind: 'bars', table: byRole },
    { id: 'by-status', title: t('dashboard.byStatus'), kind: 'donut', table: byStatus },
    { id: 'daily-attendance', title: t('dashboard.dailyAttendance'), note: dailyNote, kind: 'columns', table: daily },
    {
      id: 'session-attendance',
      title: t('dashboard.sessionAttendance'),
      note: sessionNote,
      kind: 'bars',
      table: sessions,
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
