import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useApi } from '../api/use-api.ts';
import { useScrollToHash } from '../app/use-scroll-to-hash.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { formatDate, formatDateRange, timeZoneName } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { pickText } from '../i18n/pick-text.ts';
import { dayInZone, editionDays } from './programme-format.ts';
import { SessionCard } from './SessionCard.tsx';
import './programme.css';

/** The public programme: one tab per day, times in the edition's zone with the zone named. */
export function ProgrammePage() {
  const { t, i18n } = useTranslation('programme');
  const locale = i18n.language as Locale;
  const [params, setParams] = useSearchParams();
  const editions = useApi('/api/editions');
  const current = editions.data?.[0];
  const editionId = params.get('edition') ?? current?.id ?? null;
  // While no edition is known nothing is asked (path null), so the empty id is never sent.
  const programme = useApi(
    editionId ? '/api/editions/{editionId}/programme' : null,
    { params: { path: { editionId: editionId ?? '' } } },
    locale,
  );
  const edition = useApi(
    editionId ? '/api/editions/{id}' : null,
    { params: { path: { id: editionId ?? '' } } },
    locale,
  );
  const problem = editions.problem ?? programme.problem ?? edition.problem;
  useScrollToHash(Boolean(programme.data && edition.data));
  if (problem) return <ProblemMessage problem={problem} />;
  if (!editions.data || !programme.data || !edition.data) return <p>{t('loading')}</p>;
  const { timeZone } = programme.data;
  const days = editionDays(programme.data.startsOn, programme.data.endsOn);
  const day = days.includes(params.get('day') ?? '') ? params.get('day')! : days[0]!;
  const sessions = programme.data.sessions.filter((session) => dayInZone(session.startsAt, timeZone) === day);
  const choose = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes))
      if (value === null) next.delete(key);
      else next.set(key, value);
    setParams(next);
  };
  const isArchive = current !== undefined && editionId !== current.id;
  return (
    <section className="programme">
      <h1>{t('title')}</h1>
      <label>
        {t('edition')}{' '}
        <select
          value={editionId ?? ''}
          onChange={(event) => choose({ edition: event.target.value, day: null })}
          data-testid="edition-select"
        >
          {editions.data.map((candidate, index) => (
            <option key={candidate.id} value={candidate.id}>
              {pickText(candidate.name, locale)?.text ?? candidate.id} —{' '}
              {formatDateRange(candidate.startsOn, candidate.endsOn, locale)}
              {index > 0 ? ` (${t('archive')})` : ''}
            </option>
          ))}
        </select>
      </label>
      {isArchive && <p className="demo-notice">{t('archiveNotice')}</p>}
      <p data-testid="programme-zone">
        {t('timesIn', { zone: timeZoneName(timeZone, locale, new Date(`${day}T12:00:00Z`)), id: timeZone })}
      </p>
      {programme.data.sessions.some((session) => session.isDemo) && <p className="demo-notice">{t('demo.notice')}</p>}
      <p className="programme-links">
        <a
          href={`/api/editions/${encodeURIComponent(programme.data.editionId)}/programme.ics?lang=${locale}`}
          download
          data-testid="programme-ics"
        >
          {t('addAllToCalendar')}
        </a>
        <a
          href={`/api/editions/${encodeURIComponent(programme.data.editionId)}/programme.xlsx?lang=${locale}`}
          download
          data-testid="programme-xlsx"
        >
          {t('downloadXlsx')}
        </a>
      </p>
      <div className="programme-tabs" role="tablist">
        {days.map((candidate) => (
          <button
            key={candidate}
            type="button"
            role="tab"
            aria-selected={candidate === day}
            onClick={() => choose({ day: candidate })}
            data-testid="day-tab"
          >
            {formatDate(candidate, locale)}
          </button>
        ))}
      </div>
      {sessions.length === 0 ? (
        <p>{t('noSessions')}</p>
      ) : (
        <ol className="session-list" role="tabpanel">
          {sessions.map((session) => (
            <SessionCard
              key={session.id}
              session={session}
              timeZone={timeZone}
              panel={edition.data!.panels.find((panel) => panel.id === session.panelId)}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
