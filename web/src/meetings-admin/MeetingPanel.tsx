import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { api, dataOf } from '../api/client.ts';
import { useAction } from '../api/use-action.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import type { Locale } from '../i18n/locales.ts';
import { LocalText } from '../i18n/LocalText.tsx';
import type { Cancellation, GridMeeting, MeetingGrid, MeetingRequest } from './admin-types.ts';
import { CancelForm } from './CancelForm.tsx';
import { formatSlot, sideNames } from './meeting-admin-format.ts';
import { MoveForm, type MoveTarget } from './MoveForm.tsx';
import { OutcomeForm } from './OutcomeForm.tsx';
import { SideNamesText } from './SideNamesText.tsx';

type Props = {
  meeting: GridMeeting;
  request: MeetingRequest | undefined;
  grid: MeetingGrid;
  timeZone: string;
  provinceName: (id: string | null) => string;
  onMove: (target: MoveTarget) => void;
  onChanged: () => void;
  onCancelled: (report: Cancellation) => void;
  onClose: () => void;
};

/** The chosen meeting: where and with whom, and what the secretariat can do with it. */
export function MeetingPanel({
  meeting,
  request,
  grid,
  timeZone,
  provinceName,
  onMove,
  onChanged,
  onCancelled,
  onClose,
}: Props) {
  const { t, i18n } = useTranslation('meetingsAdmin');
  const locale = i18n.language as Locale;
  const heading = useRef<HTMLHeadingElement>(null);
  const lock = useAction();
  // biome-ignore lint/correctness/useExhaustiveDependencies: a newly chosen meeting brings its panel into view.
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [meeting.id]);
  const slot = grid.slots.find((candidate) => candidate.id === meeting.slotId);
  const room = grid.rooms.find((candidate) => candidate.id === meeting.roomId);
  const interpreter = grid.interpreters.find((candidate) => candidate.id === meeting.interpreterId);
  const side = (which: 'requester' | 'receiver') => sideNames(meeting, which, request, provinceName, locale);
  const toggleLock = () =>
    void lock
      .run(async () => {
        await dataOf(
          api.POST('/api/meetings/{id}/lock', {
            params: { path: { id: meeting.id } },
            body: { locked: !meeting.locked },
          }),
        );
      })
      .then((done) => done && onChanged());
  return (
    <section className="meeting-panel card" aria-labelledby="meeting-panel-title" data-testid="meeting-panel">
      <div className="section-head">
        <h3 id="meeting-panel-title" ref={heading} tabIndex={-1}>
          <bdi>{meeting.topic}</bdi>
        </h3>
        <button type="button" className="link-button" onClick={onClose}>
          {t('panel.close')}
        </button>
      </div>
      <dl className="meeting-facts">
        <dt>{t('panel.when')}</dt>
        <dd>{slot ? formatSlot(slot, locale, timeZone) : '—'}</dd>
        <dt>{t('panel.where')}</dt>
        <dd>{room ? <LocalText value={room.name} /> : '—'}</dd>
        <dt>{t('panel.requester')}</dt>
        <dd>
          <SideNamesText side={side('requester')} />
        </dd>
        <dt>{t('panel.receiver')}</dt>
        <dd>
          <SideNamesText side={side('receiver')} />
        </dd>
        <dt>{t('panel.interpreter')}</dt>
        <dd>{interpreter ? <bdi>{interpreter.name}</bdi> : t('panel.noInterpreter')}</dd>
        <dt>{t('panel.kindAndPriority')}</dt>
        <dd>
          {t(`kindLong.${meeting.kind}`)} · {t(`priority.${meeting.priority}`)}
        </dd>
        <dt>{t('panel.state')}</dt>
        <dd>
          {t(`state.${meeting.state}`)}
          {meeting.locked && ` · ${t('grid.locked')}`}
        </dd>
      </dl>
      <MoveForm key={`${meeting.id}|${meeting.slotId}|${meeting.roomId}`} {...{ meeting, grid, timeZone, onMove }} />
      <div className="panel-actions">
        <h4>{t('panel.lockTitle')}</h4>
        <p className="hint">{t('panel.lockHint')}</p>
        <p>
          <button type="button" className="secondary-button" onClick={toggleLock} aria-pressed={meeting.locked}>
            {meeting.locked ? t('panel.unlock') : t('panel.lock')}
          </button>
        </p>
        {lock.problem && <ProblemMessage problem={lock.problem} />}
      </div>
      <CancelForm key={`cancel-${meeting.id}`} meeting={meeting} onCancelled={onCancelled} />
      {meeting.state === 'published' && (
        <OutcomeForm key={`outcome-${meeting.id}`} meeting={meeting} onSaved={onChanged} />
      )}
    </section>
  );
}
