import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, dataOf } from '../api/client.ts';
import { useAction } from '../api/use-action.ts';
import { ChoiceSelect } from '../app/ChoiceSelect.tsx';
import { FormProblem } from '../app/FormProblem.tsx';
import { LabelledField } from '../app/LabelledField.tsx';
import { formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { LocalText } from '../i18n/LocalText.tsx';
import { MEETING_KINDS, type MeetingRoom } from './admin-types.ts';
import { roomsInOrder } from './grid-layout.ts';

type Kind = (typeof MEETING_KINDS)[number];
const FIELDS = ['kind', 'name', 'capacity', 'place'] as const;

/** The G2G rooms and B2B tables, and a form to add one (its name in the reader's language). */
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
  const { problem, run } = useAction();
  const add = async () => {
    const done = await run(async () => {
      await dataOf(
        api.POST('/api/editions/{editionId}/meetings/rooms', {
          params: { path: { editionId } },
          body: {
            kind,
            name: { [locale]: name },
            capacity: Number(capacity),
            place,
            sortOrder: (rooms.length + 1) * 10,
          },
        }),
      );
    });
    if (!done) return;
    setAdded(name);
    setName('');
    onAdded();
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
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form
        className="form"
        noValidate
        aria-labelledby="room-form-title"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <h4 id="room-form-title">{t('setup.newRoom')}</h4>
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
            {t('setup.added', { name: added })}
          </p>
        )}
        <div className="form-actions">
          <button type="submit">{t('setup.addRoom')}</button>
        </div>
      </form>
    </div>
  );
}
