import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isSecretariat, useSession } from '../accounts/session-context.tsx';
import { useApi } from '../api/use-api.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { timeZoneName } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { useProvinceNames } from '../provinces/use-province-names.ts';
import { EditionSelect } from '../secretariat/EditionSelect.tsx';
import { useEditionChoice } from '../secretariat/use-edition-choice.ts';
import type { MeetingRequest } from './admin-types.ts';
import { GridSection } from './GridSection.tsx';
import { RequestsSection } from './RequestsSection.tsx';
import { SchedulerSection } from './SchedulerSection.tsx';
import { SetupSection } from './SetupSection.tsx';
import './meetings-admin.css';

/**
 * The secretariat's meetings: the set-up (slots, rooms and tables, interpreters), every request,
 * the scheduler with its bound and gap, the grid to arrange by hand, and publishing.
 */
export function MeetingsAdminPage() {
  const { t, i18n } = useTranslation('meetingsAdmin');
  const locale = i18n.language as Locale;
  const { user, ready } = useSession();
  const allowed = isSecretariat(user);
  const { editions, editionId, choose } = useEditionChoice({ drafts: 'include' });
  // While no edition is chosen, or the reader may not see the page, nothing is asked (path null).
  const ask = allowed && editionId !== null;
  const path = { params: { path: { editionId: editionId ?? '' } } };
  const edition = useApi(ask ? '/api/editions/{id}' : null, { params: { path: { id: editionId ?? '' } } }, locale);
  const grid = useApi(ask ? '/api/editions/{editionId}/meetings' : null, path, locale);
  const requests = useApi(ask ? '/api/editions/{editionId}/meetings/requests' : null, path, locale);
  const provinceName = useProvinceNames(locale);
  const requestsById = useMemo(
    () => new Map<string, MeetingRequest>((requests.data?.requests ?? []).map((request) => [request.id, request])),
    [requests.data],
  );
  const [scheduledAt, setScheduledAt] = useState(0);
  if (!ready) return <p>{t('loading')}</p>;
  if (!allowed) {
    return (
      <p className="problem" role="alert">
        {t('notAllowed')}
      </p>
    );
  }
  const problem = editions.problem ?? edition.problem ?? grid.problem ?? requests.problem;
  const refresh = () => {
    grid.reload();
    requests.reload();
  };
  return (
    <section className="meetings-admin">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {editions.data && <EditionSelect editions={editions.data} value={editionId} onChange={choose} />}
      {problem && <ProblemMessage problem={problem} />}
      {!problem && (!edition.data || !grid.data || !requests.data) && <p>{t('loading')}</p>}
      {edition.data && grid.data && requests.data && (
        <>
          <p className="hint">
            {t('timesIn', {
              zone: timeZoneName(edition.data.timeZone, locale, new Date(`${edition.data.startsOn}T12:00:00Z`)),
            })}
          </p>
          <nav className="section-links" aria-label={t('sections')}>
            <a href="#setup">{t('setup.title')}</a>
            <a href="#requests">{t('requests.title')}</a>
            <a href="#scheduler">{t('schedule.title')}</a>
            <a href="#grid">{t('grid.title')}</a>
          </nav>
          <SetupSection edition={edition.data} provinceName={provinceName} onChanged={grid.reload} />
          <RequestsSection
            requests={requests.data.requests}
            grid={grid.data}
            timeZone={edition.data.timeZone}
            provinceName={provinceName}
          />
          <SchedulerSection
            editionId={edition.data.id}
            requests={requestsById}
            grid={grid.data}
            timeZone={edition.data.timeZone}
            provinceName={provinceName}
            onScheduled={() => {
              setScheduledAt(Date.now());
              refresh();
            }}
          />
          <GridSection
            key={`${edition.data.id}|${scheduledAt}`}
            editionId={edition.data.id}
            grid={grid.data}
            requests={requestsById}
            timeZone={edition.data.timeZone}
            provinceName={provinceName}
            onChanged={refresh}
          />
        </>
      )}
    </section>
  );
}
