import { useTranslation } from 'react-i18next';
import type { Locale } from '../i18n/locales.ts';
import { DemoBadge } from '../meetings/DemoBadge.tsx';
import type { GridMeeting, MeetingRequest } from './admin-types.ts';
import { LockIcon } from './LockIcon.tsx';
import { sideNames } from './meeting-admin-format.ts';
import { SideNamesText } from './SideNamesText.tsx';

type Props = {
  meeting: GridMeeting;
  request: MeetingRequest | undefined;
  interpreterName: string | null;
  provinceName: (id: string | null) => string;
  selected: boolean;
  /** The server named it as what stands in the way of the last refused move. */
  inTheWay: boolean;
  onSelect: () => void;
  onDragStart: () => void;
  onDragEnd: () => void;
};

/**
 * A meeting in its cell: topic, the two sides, the interpreter, lock and state. A locked meeting
 * does not drag; the topic is a button that opens the meeting's actions (move, lock, cancel, outcome).
 */
export function MeetingCard({
  meeting,
  request,
  interpreterName,
  provinceName,
  selected,
  inTheWay,
  onSelect,
  onDragStart,
  onDragEnd,
}: Props) {
  const { t, i18n } = useTranslation('meetingsAdmin');
  const locale = i18n.language as Locale;
  const side = (which: 'requester' | 'receiver') => sideNames(meeting, which, request, provinceName, locale);
  const classes = [
    'meeting-card',
    `kind-${meeting.kind}`,
    `state-${meeting.state}`,
    selected && 'selected',
    inTheWay && 'in-the-way',
  ].filter(Boolean);
  return (
    <article
      className={classes.join(' ')}
      draggable={!meeting.locked}
      onDragStart={(event) => {
        event.dataTransfer.setData('text/plain', meeting.id);
        event.dataTransfer.effectAllowed = 'move';
        onDragStart();
      }}
      onDragEnd={onDragEnd}
      data-testid="meeting-card"
      data-meeting-id={meeting.id}
      data-locked={meeting.locked}
      data-state={meeting.state}
    >
      <p className="meeting-card-badges">
        <span className="badge">{t(`kind.${meeting.kind}`)}</span>
        <span className={`badge state-badge state-${meeting.state}`}>{t(`state.${meeting.state}`)}</span>
        {meeting.locked && <LockIcon label={t('grid.locked')} />}
        {meeting.outcome && <span className="badge">{t(`outcome.${meeting.outcome}`)}</span>}
        <DemoBadge isDemo={meeting.isDemo} />
      </p>
      <button
        type="button"
        className="meeting-card-topic"
        aria-pressed={selected}
        title={t('grid.choose')}
        onClick={onSelect}
      >
        <bdi>{meeting.topic}</bdi>
      </button>
      <p className="meeting-card-side">
        <SideNamesText side={side('requester')} />
      </p>
      <p className="meeting-card-side">
        <span aria-hidden="true">↔ </span>
        <span className="visually-hidden">{t('sidesWith')} </span>
        <SideNamesText side={side('receiver')} />
      </p>
      {interpreterName && (
        <p className="meeting-card-interpreter">
          {t('grid.interpreter')} <bdi>{interpreterName}</bdi>
        </p>
      )}
    </article>
  );
}
