import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../api/types.ts';
import { useApi } from '../api/use-api.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { countryName, formatDate, formatDateTime, timeZoneName } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { pickText } from '../i18n/pick-text.ts';
import { ChartCard, type ChartTable } from './ChartCard.tsx';
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
  const tables = useMemo(
    () => (dashboard.data ? tablesOf(dashboard.data, t, locale, provinceName) : null),
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
      {dashboard.data && tables && (
        <div className="dashboard-grid">
          <ChartCard
            id="by-country"
            title={t('dashboard.byCountry')}
            note={t('dashboard.liveNote')}
            kind="bars"
            table={tables.byCountry}
          />
          <ChartCard
            id="by-province"
            title={t('dashboard.byProvince')}
            note={t('dashboard.liveNote')}
            kind="bars"
            table={tables.byProvince}
          />
          <ChartCard
            id="by-role"
            title={t('dashboard.byRole')}
            note={t('dashboard.liveNote')}
            kind="bars"
            table={tables.byRole}
          />
          <ChartCard id="by-status" title={t('dashboard.byStatus')} kind="donut" table={tables.byStatus} />
          <ChartCard
            id="daily-attendance"
            title={t('dashboard.dailyAttendance')}
            note={t('dashboard.dailyNote')}
            kind="columns"
            table={tables.daily}
          />
          <ChartCard
            id="session-attendance"
            title={t('dashboard.sessionAttendance')}
            note={t('dashboard.sessionNote', { timeZone: timeZoneName(dashboard.data.timeZone, locale, new Date()) })}
            kind="bars"
            table={tables.sessions}
          />
          <IncompleteDelegations standings={dashboard.data.incompleteDelegations} provinceName={provinceName} />
        </div>
      )}
    </section>
  );
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

function tablesOf(
  dashboard: Dashboard,
  t: Translate,
  locale: Locale,
  provinceName: (id: string) => string,
): Record<'byCountry' | 'byProvince' | 'byRole' | 'byStatus' | 'daily' | 'sessions', ChartTable> {
  const registrations = [t('column.registrations')];
  return {
    byCountry: {
      heading: t('column.country'),
      columns: registrations,
      rows: dashboard.byCountry.map(({ key, count }) => ({ key, label: countryName(key, locale), values: [count] })),
    },
    byProvince: {
      heading: t('column.province'),
      columns: registrations,
      rows: dashboard.byProvince.map(({ key, count }) => ({ key, label: provinceName(key), values: [count] })),
    },
    byRole: {
      heading: t('column.role'),
      columns: registrations,
      rows: dashboard.byRole.map(({ key, count }) => ({ key, label: t(`role.${key}`), values: [count] })),
    },
    byStatus: {
      heading: t('column.status'),
      columns: registrations,
      rows: dashboard.byStatus.map(({ key, count }) => ({ key, label: t(`status.${key}`), values: [count] })),
    },
    daily: {
      heading: t('column.day'),
      columns: [t('column.people')],
      rows: dashboard.dailyAttendance.map(({ day, count }) => ({
        key: day,
        label: formatDate(day, locale),
        values: [count],
      })),
    },
    sessions: {
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
              <small className="announcement-meta">
                {formatDateTime(session.startsAt, locale, dashboard.timeZone)}
              </small>
            </>
          ),
          values: [session.seatsReserved, session.checkedIn],
        };
      }),
    },
  };
}
