import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, dataOf } from '../api/client.ts';
import { useAction } from '../api/use-action.ts';
import { ChoiceSelect } from '../app/ChoiceSelect.tsx';
import { FormProblem } from '../app/FormProblem.tsx';
import { LabelledField } from '../app/LabelledField.tsx';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { LocalText } from '../i18n/LocalText.tsx';
import { MEETING_KINDS, type MeetingRoom } from './admin-types.ts';
import { roomsInOrder } from './grid-layout.ts';

type Kind = (typeof MEETING_KINDS)[number];
const FIELDS = ['kind', 'name', 'capacity', 'place'] as const;

/**
 * The G2G rooms and B2B tables, and one form to add a room or change the one chosen (its name in the
 * reader's language, the other languages kept). The server refuses a change or removal that would
 * leave a meeting without the room's kind or seats, and names the meetings.
 */
export function MeetingRoomsEditor({
  editionId,
  rooms,
  onAdded,
}: {
  editionId: string;
  rooms: readonly MeetingRoom[];
  onAdded: () => void;
}) {
  const { t, i18n } = useTranslation('meetingsAdmin');
  const locale = i18n.language as Locale;
  const [kind, setKind] = useState<Kind>('g2g');
  const [name, setName] = useState('');
  const [capacity, setCapacity] = useState('8');
  const [place, setPlace] = useState('');
  const [added, setAdded] = useState<string | null>(null);
  const [editing, setEditing] = useState<MeetingRoom | null>(null);
  const { problem, run } = useAction();
  const removal = useAction();
  const edit = (room: MeetingRoom | null) => {
    setEditing(room);
    setAdded(null);
    setKind(room?.kind ?? 'g2g');
    setName(room ? (room.name[locale] ?? '') : '');
    setCapacity(String(room?.capacity ?? 8));
    setPlace(room?.place ?? '');
  };
  const save = async () => {
    const body = {
      kind,
      name: { ...(editing?.name ?? {}), [locale]: name },
      capacity: Number(capacity),
      place,
      sortOrder: editing?.sortOrder ?? (rooms.length + 1) * 10,
    };
    const done = await run(async () => {
      await dataOf(
        editing
          ? api.PUT('/api/meetings/rooms/{id}', { params: { path: { id: editing.id } }, body })
          : api.POST('/api/editions/{editionId}/meetings/rooms', { params: { path: { editionId } }, body }),
      );
    });
    if (!done) return;
    setAdded(name);
    edit(null);
    onAdded();
  };
  const remove = async (room: MeetingRoom) => {
    const done = await removal.run(async () => {
      await dataOf(api.DELETE('/api/meetings/rooms/{id}', { params: { path: { id: room.id } } }));
    });
    if (done) onAdded();
  };
  return (
    <div className="setup-part">
      {rooms.length === 0 ? (
        <p>{t('setup.noRooms')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table" data-testid="rooms-table">
            <thead>
              <tr>
                <th scope="col">{t('setup.roomName')}</th>
                <th scope="col">{t('setup.roomKind')}</th>
                <th scope="col">{t('setup.capacity')}</th>
                <th scope="col">{t('setup.place')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('setup.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {roomsInOrder(rooms).map((room) => (
                <tr key={room.id}>
                  <td>
                    <LocalText value={room.name} />
                  </td>
                  <td>{t(`kindLong.${room.kind}`)}</td>
                  <td className="number">{formatNumber(room.capacity, locale)}</td>
                  <td>
                    <bdi>{room.place}</bdi>
                  </td>
                  <td className="row-actions">
                    <button type="button" className="link-button" onClick={() => edit(room)}>
                      {t('setup.change')}
                    </button>{' '}
                    <button type="button" className="link-button" onClick={() => void remove(room)}>
                      {t('setup.remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {removal.problem && <ProblemMessage problem={removal.problem} />}
      <form
        className="form"
        noValidate
        aria-labelledby="room-form-title"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <h4 id="room-form-title">{editing ? t('setup.changeRoom') : t('setup.newRoom')}</h4>
        <div className="form-row">
          <LabelledField label={t('setup.roomKind')} path="kind" problem={problem}>
            <ChoiceSelect
              name="kind"
              value={kind}
              choices={MEETING_KINDS}
              labelOf={(choice) => t(`kindLong.${choice}`)}
              onChange={setKind}
            />
          </LabelledField>
          <LabelledField label={t('setup.roomName')} path="name" problem={problem}>
            <input
              name="name"
              value={name}
              maxLength={300}
              dir="auto"
              onChange={(event) => setName(event.target.value)}
            />
          </LabelledField>
          <LabelledField label={t('setup.capacity')} path="capacity" problem={problem}>
            <input
              name="capacity"
              type="number"
              min={2}
              max={100}
              value={capacity}
              dir="ltr"
              onChange={(event) => setCapacity(event.target.value)}
            />
          </LabelledField>
          <LabelledField label={t('setup.place')} hint={t('setup.placeHint')} path="place" problem={problem}>
            <input
              name="place"
              value={place}
              maxLength={100}
              dir="auto"
              onChange={(event) => setPlace(event.target.value)}
            />
          </LabelledField>
        </div>
        <FormProblem problem={problem} fields={FIELDS} />
        {added && (
          <p className="saved-note" role="status">
            {t('setup.saved', { name: added })}
          </p>
        )}
        <div className="form-actions">
          <button type="submit">{editing ? t('setup.saveChange') : t('setup.addRoom')}</button>
          {editing && (
            <button type="button" className="secondary" onClick={() => edit(null)}>
              {t('setup.cancelChange')}
            </button>
          )}
        </div>
      </form>
    </div>
  );
}
