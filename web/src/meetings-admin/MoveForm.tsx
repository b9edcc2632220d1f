import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LabelledField } from '../app/LabelledField.tsx';
import { formatDate } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { pickText } from '../i18n/pick-text.ts';
import type { GridMeeting, MeetingGrid, MeetingRoom } from './admin-types.ts';
import { daysOf, roomsInOrder } from './grid-layout.ts';
import { formatSlotTime } from './meeting-admin-format.ts';

export type MoveTarget = { slotId: string; roomId: string; interpreterId?: string | null };

/** The empty value of the interpreter choice: keep the current one if free, else the first free one who can. */
const AUTOMATIC = '';

/**
 * The keyboard's way to move a meeting, the same request as a drop on the grid: a slot, a room or
 * table, and optionally an interpreter.
 */
export function MoveForm({
  meeting,
  grid,
  timeZone,
  onMove,
}: {
  meeting: GridMeeting;
  grid: MeetingGrid;
  timeZone: string;
  onMove: (target: MoveTarget) => void;
}) {
  const { t, i18n } = useTranslation('meetingsAdmin');
  const locale = i18n.language as Locale;
  const [slotId, setSlotId] = useState(meeting.slotId);
  const [roomId, setRoomId] = useState(meeting.roomId);
  const [interpreterId, setInterpreterId] = useState(AUTOMATIC);
  const roomName = (room: MeetingRoom) => pickText(room.name, locale)?.text ?? '';
  return (
    <form
      className="form move-form"
      aria-labelledby="move-form-title"
      onSubmit={(event) => {
        event.preventDefault();
        onMove({ slotId, roomId, ...(interpreterId !== AUTOMATIC && { interpreterId }) });
      }}
    >
      <h4 id="move-form-title">{t('panel.moveTitle')}</h4>
      {meeting.locked && <p className="hint">{t('panel.lockedNoMove')}</p>}
      <div className="form-row">
        <LabelledField label={t('panel.slot')}>
          <select name="slotId" value={slotId} onChange={(event) => setSlotId(event.target.value)}>
            {daysOf(grid.slots).map(({ day, slots }) => (
              <optgroup key={day} label={formatDate(day, locale)}>
                {slots.map((slot) => (
                  <option key={slot.id} value={slot.id}>
                    {formatSlotTime(slot, locale, timeZone)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </LabelledField>
        <LabelledField label={t('panel.room')}>
          <select name="roomId" value={roomId} onChange={(event) => setRoomId(event.target.value)}>
            {roomsInOrder(grid.rooms).map((room) => (
              <option key={room.id} value={room.id}>
                {roomName(room)} ({t(`kind.${room.kind}`)})
              </option>
            ))}
          </select>
        </LabelledField>
        <LabelledField label={t('panel.interpreter')}>
          <select name="interpreterId" value={interpreterId} onChange={(event) => setInterpreterId(event.target.value)}>
            <option value={AUTOMATIC}>{t('panel.interpreterAutomatic')}</option>
            {grid.interpreters.map((interpreter) => (
              <option key={interpreter.id} value={interpreter.id}>
                {interpreter.name}
              </option>
            ))}
          </select>
        </LabelledField>
      </div>
      <div className="form-actions">
        <button type="submit" disabled={meeting.locked}>
          {t('panel.moveSubmit')}
        </button>
      </div>
    </form>
  );
}
