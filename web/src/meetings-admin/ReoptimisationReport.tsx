import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { pickText } from '../i18n/pick-text.ts';
import type { Cancellation, MeetingGrid, MeetingRequest } from './admin-types.ts';
import { formatSlot } from './meeting-admin-format.ts';

type Placement = Cancellation['moved'][number]['from'];

/**
 * What a re-optimisation (after a cancellation, or an update of the schedule) did to the rest of the
 * schedule: each other meeting that moved, where, and why, and the meetings it added.
 */
export function ReoptimisationReport({
  report,
  title,
  grid,
  requests,
  timeZone,
  onDismiss,
}: {
  report: Pick<Cancellation, 'movedCount' | 'moved' | 'added'>;
  /** What was done: "Cancelled: …" or "Schedule updated". */
  title: string;
  grid: MeetingGrid;
  requests: ReadonlyMap<string, MeetingRequest>;
  timeZone: string;
  onDismiss: () => void;
}) {
  const { t, i18n } = useTranslation('meetingsAdmin');
  const locale = i18n.language as Locale;
  const topicOf = (requestId: string | null) => (requestId && requests.get(requestId)?.topic) || '—';
  const place = (placement: Placement) => {
    const slot = grid.slots.find((candidate) => candidate.id === placement.slotId);
    const room = grid.rooms.find((candidate) => candidate.id === placement.roomId);
    return [slot && formatSlot(slot, locale, timeZone), room && pickText(room.name, locale)?.text]
      .filter(Boolean)
      .join(t('listSeparator'));
  };
  return (
    <div className="reoptimisation-report" role="status" data-testid="reoptimisation-report">
      <p>
        <strong>{title}</strong>{' '}
        {report.movedCount === 0
          ? t('cancellation.movedNone')
          : t('cancellation.moved', { number: formatNumber(report.movedCount, locale) })}
      </p>
      {report.moved.length > 0 && (
        <ul>
          {report.moved.map((move) => (
            <li key={move.meetingId}>
              <bdi>{topicOf(move.requestId)}</bdi>:{' '}
              {t('cancellation.fromTo', {
                from: place(move.from),
                to: move.to ? place(move.to) : t('cancellation.leftSchedule'),
              })}{' '}
              (
              {move.reason === 'made_room_for'
                ? t('cancellation.reason.made_room_for', { topic: topicOf(move.forRequestId) })
                : t('cancellation.reason.no_longer_feasible')}
              )
            </li>
          ))}
        </ul>
      )}
      {report.added.length > 0 && (
        <>
          <p>{t('cancellation.openAdded', { number: formatNumber(report.added.length, locale) })}</p>
          <ul>
            {report.added.map((meeting) => (
              <li key={meeting.id}>
                <bdi>{meeting.topic}</bdi>: {place(meeting)}
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" className="link-button" onClick={onDismiss}>
        {t('dismiss')}
      </button>
    </div>
  );
}
