import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceSelect } from '../app/ChoiceSelect.tsx';
import { LabelledField } from '../app/LabelledField.tsx';
import { formatDate, formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { DemoBadge } from '../meetings/DemoBadge.tsx';
import {
  type GridMeeting,
  MEETING_KINDS,
  type MeetingGrid,
  type MeetingRequest,
  REQUEST_STATUSES,
} from './admin-types.ts';
import { formatSlotTime, requestSideNames } from './meeting-admin-format.ts';
import { BothSidesText } from './SideNamesText.tsx';

type Status = (typeof REQUEST_STATUSES)[number];
/** Requests shown at first and added by each "more": a summit has hundreds, a phone shows them one under another. */
const PAGE = 20;
type Kind = (typeof MEETING_KINDS)[number];

/** Every request of the edition, the accepted ones first shown, with where each stands in the grid. */
export function RequestsSection({
  requests,
  grid,
  timeZone,
  provinceName,
}: {
  requests: readonly MeetingRequest[];
  grid: MeetingGrid;
  timeZone: string;
  provinceName: (id: string | null) => string;
}) {
  const { t, i18n } = useTranslation('meetingsAdmin');
  const locale = i18n.language as Locale;
  const [status, setStatus] = useState<Status | ''>('accepted');
  const [kind, setKind] = useState<Kind | ''>('');
  const [limit, setLimit] = useState(PAGE);
  const meetingOf = useMemo(
    () => new Map<string, GridMeeting>(grid.meetings.map((meeting) => [meeting.requestId, meeting])),
    [grid.meetings],
  );
  const shown = requests.filter(
    (request) => (!status || request.status === status) && (!kind || request.kind === kind),
  );
  const countOf = (candidate: Status) => requests.filter((request) => request.status === candidate).length;
  const whereIs = (request: MeetingRequest) => {
    const meeting = meetingOf.get(request.id);
    const slot = meeting && grid.slots.find((candidate) => candidate.id === meeting.slotId);
    if (!slot) return '—';
    return (
      <>
        {formatDate(slot.day, locale)} <span className="nowrap">{formatSlotTime(slot, locale, timeZone)}</span>
      </>
    );
  };
  return (
    <section className="meetings-section" id="requests" aria-labelledby="requests-title">
      <h2 id="requests-title">{t('requests.title')}</h2>
      <p className="hint">{t('requests.intro')}</p>
      <div className="filters">
        <LabelledField label={t('requests.status')}>
          <ChoiceSelect<Status | ''>
            name="status"
            value={status}
            choices={REQUEST_STATUSES}
            labelOf={(choice) =>
              t('requests.statusCount', {
                status: t(`status.${choice}`),
                number: formatNumber(countOf(choice as Status), locale),
              })
            }
            empty={t('requests.all', { number: formatNumber(requests.length, locale) })}
            onChange={(choice) => {
              setStatus(choice);
              setLimit(PAGE);
            }}
          />
        </LabelledField>
        <LabelledField label={t('requests.kind')}>
          <ChoiceSelect<Kind | ''>
            name="kind"
            value={kind}
            choices={MEETING_KINDS}
            labelOf={(choice) => t(`kindLong.${choice}`)}
            empty={t('requests.anyKind')}
            onChange={(choice) => {
              setKind(choice);
              setLimit(PAGE);
            }}
          />
        </LabelledField>
      </div>
      <p role="status">
        {t('requests.shown', {
          shown: formatNumber(shown.length, locale),
          total: formatNumber(requests.length, locale),
        })}
      </p>
      {shown.length > 0 && (
        <div className="table-scroll">
          <table className="table requests-table" data-testid="requests-table">
            <thead>
              <tr>
                <th scope="col">{t('requests.topic')}</th>
                <th scope="col">{t('requests.sides')}</th>
                <th scope="col">{t('requests.days')}</th>
                <th scope="col">{t('requests.statusColumn')}</th>
                <th scope="col">{t('requests.inGrid')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.slice(0, limit).map((request) => (
                <tr key={request.id} data-status={request.status}>
                  <td data-label={t('requests.topic')}>
                    <bdi className="meeting-topic">{request.topic}</bdi>
                    <br />
                    <small>
                      {t(`kind.${request.kind}`)} · {t(`priority.${request.priority}`)}
                    </small>{' '}
                    <DemoBadge isDemo={request.isDemo} />
                  </td>
                  <td data-label={t('requests.sides')}>
                    <BothSidesText
                      requester={requestSideNames(request, 'requester', provinceName, locale)}
                      receiver={requestSideNames(request, 'receiver', provinceName, locale)}
                    />
                  </td>
                  <td data-label={t('requests.days')}>
                    {request.preferredDays.length === 0
                      ? t('requests.anyDay')
                      : request.preferredDays.map((day) => formatDate(day, locale)).join(t('listSeparator'))}
                  </td>
                  <td data-label={t('requests.statusColumn')}>
                    <span className={`badge status-${request.status}`}>{t(`status.${request.status}`)}</span>
                    {request.reason && (
                      <small className="request-reason">
                        <bdi>{request.reason}</bdi>
                      </small>
                    )}
                  </td>
                  <td data-label={t('requests.inGrid')}>{whereIs(request)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {shown.length > limit && (
        <p>
          <button type="button" className="secondary-button" onClick={() => setLimit(limit + PAGE)}>
            {t('requests.more', {
              number: formatNumber(Math.min(PAGE, shown.length - limit), locale),
              left: formatNumber(shown.length - limit, locale),
            })}
          </button>
        </p>
      )}
    </section>
  );
}
