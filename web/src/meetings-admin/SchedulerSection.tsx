import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, dataOf } from '../api/client.ts';
import { useAction } from '../api/use-action.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import type { MeetingGrid, MeetingRequest, ScheduleRun, ScheduleUpdate } from './admin-types.ts';
import { ReoptimisationReport } from './ReoptimisationReport.tsx';
import { formatGap, requestSideNames } from './meeting-admin-format.ts';
import { BothSidesText } from './SideNamesText.tsx';

/**
 * Runs the scheduler over the accepted requests and shows how good the schedule is: its weight,
 * the bound no schedule can pass, the gap between them, and the requests left without a place.
 * Once meetings stand, an update fits in what changed (new requests, a late arrival) moving few.
 */
export function SchedulerSection({
  editionId,
  requests,
  grid,
  timeZone,
  provinceName,
  onScheduled,
}: {
  editionId: string;
  requests: ReadonlyMap<string, MeetingRequest>;
  grid: MeetingGrid;
  timeZone: string;
  provinceName: (id: string | null) => string;
  onScheduled: () => void;
}) {
  const { t, i18n } = useTranslation('meetingsAdmin');
  const locale = i18n.language as Locale;
  const [run, setRun] = useState<ScheduleRun | null>(null);
  const [update, setUpdate] = useState<ScheduleUpdate | null>(null);
  const [running, setRunning] = useState(false);
  const action = useAction();
  const perform = async (work: () => Promise<void>) => {
    setRunning(true);
    const done = await action.run(work);
    setRunning(false);
    if (done) onScheduled();
  };
  const params = { params: { path: { editionId } }, body: {} };
  const schedule = () =>
    perform(async () => {
      setUpdate(null);
      setRun(await dataOf(api.POST('/api/editions/{editionId}/meetings/schedule', params)));
    });
  const fitChanges = () =>
    perform(async () => {
      setRun(null);
      setUpdate(await dataOf(api.POST('/api/editions/{editionId}/meetings/update', params)));
    });
  const number = (value: number) => formatNumber(value, locale, { maximumFractionDigits: 2 });
  return (
    <section className="meetings-section" id="scheduler" aria-labelledby="scheduler-title">
      <h2 id="scheduler-title">{t('schedule.title')}</h2>
      <p className="hint">{t('schedule.intro')}</p>
      <p>
        <button type="button" className="primary-button" onClick={() => void schedule()} disabled={running}>
          {running ? t('schedule.running') : t('schedule.run')}
        </button>{' '}
        {grid.meetings.length > 0 && (
          <button type="button" className="secondary-button" onClick={() => void fitChanges()} disabled={running}>
            {t('schedule.update')}
          </button>
        )}
      </p>
      {grid.meetings.length > 0 && <p className="hint">{t('schedule.updateHint')}</p>}
      {update && (
        <ReoptimisationReport
          report={update}
          title={t('schedule.updated', { number: formatNumber(update.unscheduledRequestIds.length, locale) })}
          grid={grid}
          requests={requests}
          timeZone={timeZone}
          onDismiss={() => setUpdate(null)}
        />
      )}
      {action.problem && <ProblemMessage problem={action.problem} />}
      {run && (
        <div className="schedule-run" role="status" data-testid="schedule-run">
          <dl className="run-figures">
            <div>
              <dt>{t('schedule.objective')}</dt>
              <dd>{number(run.objective)}</dd>
            </div>
            <div>
              <dt>{t('schedule.upperBound')}</dt>
              <dd>{number(run.upperBound)}</dd>
            </div>
            <div>
              <dt>{t('schedule.gap')}</dt>
              <dd data-testid="schedule-gap">{formatGap(run.gap, locale)}</dd>
            </div>
            <div>
              <dt>{t('schedule.boundSource')}</dt>
              <dd>{t(`schedule.bound.${run.boundSource}`)}</dd>
            </div>
            <div>
              <dt>{t('schedule.scheduled')}</dt>
              <dd>
                {t('schedule.scheduledOf', {
                  scheduled: formatNumber(run.scheduled, locale),
                  requests: formatNumber(run.requests, locale),
                })}
              </dd>
            </div>
          </dl>
          <p className="hint">{t('schedule.gapHint')}</p>
          {run.unscheduledRequestIds.length === 0 ? (
            <p>{t('schedule.allScheduled')}</p>
          ) : (
            <>
              <h3>{t('schedule.unscheduled', { number: formatNumber(run.unscheduledRequestIds.length, locale) })}</h3>
              <ul className="unscheduled-list">
                {run.unscheduledRequestIds.map((id) => {
                  const request = requests.get(id);
                  return (
                    <li key={id}>
                      {request ? (
                        <>
                          <bdi className="meeting-topic">{request.topic}</bdi> ({t(`priority.${request.priority}`)}) —{' '}
                          <BothSidesText
                            requester={requestSideNames(request, 'requester', provinceName, locale)}
                            receiver={requestSideNames(request, 'receiver', provinceName, locale)}
                          />
                        </>
                      ) : (
                        <code>{id}</code>
                      )}
                    </li>
                  );
                })}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}
