import { Fragment, type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateBothCalendars, formatNumber } from '../i18n/format.ts';
import { LOCALE_DIRECTION, type Locale } from '../i18n/locales.ts';
import { LocalText } from '../i18n/LocalText.tsx';
import type { GridMeeting, MeetingGrid as Grid, MeetingRequest, MeetingRoom, MeetingSlot } from './admin-types.ts';
import { cellKey, daysOf, isMoveTo, meetingsByCell, roomsInOrder } from './grid-layout.ts';
import { MeetingCard } from './MeetingCard.tsx';
import { formatSlotTime } from './meeting-admin-format.ts';

type Props = {
  grid: Grid;
  requests: ReadonlyMap<string, MeetingRequest>;
  timeZone: string;
  provinceName: (id: string | null) => string;
  selectedId: string | null;
  /** Meetings the server named as standing in the way of the last refused move. */
  inTheWay: ReadonlySet<string>;
  onSelect: (meetingId: string) => void;
  onMove: (meeting: GridMeeting, slotId: string, roomId: string) => void;
  /** What stands under the day's table when one of its meetings is chosen: its actions. */
  panelFor: (day: string) => ReactNode;
};

/**
 * A table per edition day: rows are the rooms and tables, columns the slots, in the edition's
 * time zone. A meeting is dragged to another cell (HTML5 drag and drop); the page asks the server,
 * and the card only changes place when the server agrees.
 */
export function MeetingGrid({
  grid,
  requests,
  timeZone,
  provinceName,
  selectedId,
  inTheWay,
  onSelect,
  onMove,
  panelFor,
}: Props) {
  const { t, i18n } = useTranslation('meetingsAdmin');
  const locale = i18n.language as Locale;
  const days = useMemo(() => daysOf(grid.slots), [grid.slots]);
  const rooms = useMemo(() => roomsInOrder(grid.rooms), [grid.rooms]);
  const cells = useMemo(() => meetingsByCell(grid.meetings), [grid.meetings]);
  const interpreters = useMemo(
    () => new Map(grid.interpreters.map((interpreter) => [interpreter.id, interpreter.name])),
    [grid.interpreters],
  );
  const [dragged, setDragged] = useState<GridMeeting | null>(null);
  const [target, setTarget] = useState<string | null>(null);
  if (days.length === 0) return <p className="hint">{t('grid.noSlots')}</p>;
  if (rooms.length === 0) return <p className="hint">{t('grid.noRooms')}</p>;

  const cell = (slot: MeetingSlot, room: MeetingRoom) => {
    const key = cellKey(slot.id, room.id);
    const canDrop = dragged !== null && isMoveTo(dragged, slot.id, room.id);
    return (
      <td
        key={key}
        className={canDrop && target === key ? 'drop-target' : undefined}
        data-slot-id={slot.id}
        data-room-id={room.id}
        onDragOver={(event) => {
          if (!canDrop) return;
          event.preventDefault();
          event.dataTransfer.dropEffect = 'move';
          setTarget(key);
        }}
        onDragLeave={() => setTarget((current) => (current === key ? null : current))}
        onDrop={(event) => {
          event.preventDefault();
          setTarget(null);
          setDragged(null);
          if (dragged && canDrop) onMove(dragged, slot.id, room.id);
        }}
      >
        {(cells.get(key) ?? []).map((meeting) => (
          <MeetingCard
            key={meeting.id}
            meeting={meeting}
            request={requests.get(meeting.requestId)}
            interpreterName={meeting.interpreterId ? (interpreters.get(meeting.interpreterId) ?? null) : null}
            provinceName={provinceName}
            selected={meeting.id === selectedId}
            inTheWay={inTheWay.has(meeting.id)}
            onSelect={() => onSelect(meeting.id)}
            onDragStart={() => setDragged(meeting)}
            onDragEnd={() => {
              setDragged(null);
              setTarget(null);
            }}
          />
        ))}
      </td>
    );
  };

  return (
    <>
      {days.map(({ day, slots }) => (
        <Fragment key={day}>
          <h3 className="grid-day-title">{formatDateBothCalendars(day, locale)}</h3>
          <section
            className="grid-scroll"
            dir={LOCALE_DIRECTION[locale]}
            // The region scrolls sideways on a narrow screen; focusable so the keyboard can scroll it too.
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard.
            tabIndex={0}
            aria-label={t('grid.dayLabel', { date: formatDate(day, locale) })}
            data-testid="meeting-grid"
            data-day={day}
          >
            <table className="meeting-grid">
              <thead>
                <tr>
                  <th scope="col" className="grid-corner">
                    {t('grid.room')}
                  </th>
                  {slots.map((slot) => (
                    <th scope="col" key={slot.id} data-slot-id={slot.id}>
                      <time dateTime={slot.startsAt}>{formatSlotTime(slot, locale, timeZone)}</time>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rooms.map((room) => (
                  <tr key={room.id} data-room-id={room.id}>
                    <th scope="row" className={`grid-room kind-${room.kind}`}>
                      <LocalText value={room.name} />
                      <small>
                        {t(`kind.${room.kind}`)} · {t('grid.seats', { seats: formatNumber(room.capacity, locale) })}
                      </small>
                    </th>
                    {slots.map((slot) => cell(slot, room))}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          {panelFor(day)}
        </Fragment>
      ))}
    </>
  );
}
