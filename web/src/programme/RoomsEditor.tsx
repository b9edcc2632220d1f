import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, dataOf } from '../api/client.ts';
import { ROOM_EQUIPMENT, type Room } from '../api/types.ts';
import { useAction } from '../api/use-action.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { formatNumber, languageName } from '../i18n/format.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { LocalText } from '../i18n/LocalText.tsx';

type Booth = Room['interpretationBooths'][number];
type Equipment = Room['equipment'][number];

/** Rooms of the venue with their seats, equipment and interpretation booths. */
export function RoomsEditor({
  editionId,
  rooms,
  onChanged,
}: {
  editionId: string;
  rooms: Room[];
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation('programme');
  const locale = i18n.language as Locale;
  const { problem, run } = useAction();
  const [name, setName] = useState('');
  const [capacity, setCapacity] = useState('100');
  const [equipment, setEquipment] = useState<Equipment[]>([]);
  const [booths, setBooths] = useState<Booth[]>([]);
  const [booth, setBooth] = useState<Booth>({ from: 'fa', to: 'ru' });
  const add = (event: FormEvent) => {
    event.preventDefault();
    void run(
      async () =>
        void (await dataOf(
          api.POST('/api/editions/{editionId}/rooms', {
            params: { path: { editionId } },
            body: { name: { [locale]: name }, capacity: Number(capacity), equipment, interpretationBooths: booths },
          }),
        )),
    ).then((ok) => {
      if (!ok) return;
      setName('');
      setBooths([]);
      onChanged();
    });
  };
  const remove = (room: Room) =>
    void run(
      async () => void (await dataOf(api.DELETE('/api/rooms/{id}', { params: { path: { id: room.id } } }))),
    ).then((ok) => ok && onChanged());
  const boothLabel = (entry: Booth) => `${languageName(entry.from, locale)} → ${languageName(entry.to, locale)}`;
  // One booth per direction: a pair added twice adds only the directions not there yet.
  const addBoothPair = () => {
    if (booth.from === booth.to) return;
    const pair = [booth, { from: booth.to, to: booth.from }];
    const missing = pair.filter((entry) => !booths.some((other) => other.from === entry.from && other.to === entry.to));
    setBooths([...booths, ...missing]);
  };
  return (
    <>
      <h2>{t('admin.rooms')}</h2>
      <div className="table-scroll">
        <table className="table" data-testid="rooms-table">
          <thead>
            <tr>
              <th>{t('room')}</th>
              <th>{t('admin.capacity')}</th>
              <th>{t('admin.equipment')}</th>
              <th>{t('admin.booths')}</th>
              <th>{t('admin.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {rooms.map((room) => (
              <tr key={room.id}>
                <td>
                  <LocalText value={room.name} />
                  {room.isDemo && <span className="badge demo-badge">{t('demo.badge')}</span>}
                </td>
                <td className="number">{formatNumber(room.capacity, locale)}</td>
                <td>{room.equipment.map((item) => t(`equipment.${item}`)).join(t('listSeparator'))}</td>
                <td>{room.interpretationBooths.map(boothLabel).join(t('listSeparator'))}</td>
                <td>
                  <button type="button" onClick={() => remove(room)}>
                    {t('admin.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form onSubmit={add} data-testid="room-form">
        <h3>{t('admin.newRoom')}</h3>
        <label>
          {t('admin.roomName')} <input required value={name} onChange={(event) => setName(event.target.value)} />
        </label>
        <label>
          {t('admin.capacity')}{' '}
          <input
            required
            type="number"
            min={1}
            value={capacity}
            onChange={(event) => setCapacity(event.target.value)}
          />
        </label>
        <fieldset>
          <legend>{t('admin.equipment')}</legend>
          {ROOM_EQUIPMENT.map((item) => (
            <label key={item}>
              <input
                type="checkbox"
                checked={equipment.includes(item)}
                onChange={() =>
                  setEquipment(
                    equipment.includes(item) ? equipment.filter((other) => other !== item) : [...equipment, item],
                  )
                }
              />{' '}
              {t(`equipment.${item}`)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('admin.booths')}</legend>
          {booths.map((entry) => (
            <span key={`${entry.from}>${entry.to}`} className="badge">
              {boothLabel(entry)}{' '}
              <button
                type="button"
                aria-label={t('admin.delete')}
                onClick={() => setBooths(booths.filter((other) => other !== entry))}
              >
                ×
              </button>
            </span>
          ))}
          <select
            value={booth.from}
            onChange={(event) => setBooth({ ...booth, from: event.target.value as Locale })}
            aria-label={t('admin.boothFrom')}
          >
            {LOCALES.map((code) => (
              <option key={code} value={code}>
                {languageName(code, locale)}
              </option>
            ))}
          </select>
          <select
            value={booth.to}
            onChange={(event) => setBooth({ ...booth, to: event.target.value as Locale })}
            aria-label={t('admin.boothTo')}
          >
            {LOCALES.map((code) => (
              <option key={code} value={code}>
                {languageName(code, locale)}
              </option>
            ))}
          </select>
          <button type="button" onClick={addBoothPair}>
            {t('admin.addBoothPair')}
          </button>
        </fieldset>
        <button type="submit">{t('admin.addRoom')}</button>
        {problem && <ProblemMessage problem={problem} />}
      </form>
    </>
  );
}
