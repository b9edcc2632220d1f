import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, dataOf } from '../api/client.ts';
import type { FloorHall } from '../api/types.ts';
import { useAction } from '../api/use-action.ts';
import { LabelledField } from '../app/LabelledField.tsx';
import { NamedSelect } from '../app/NamedSelect.tsx';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import type { Locale } from '../i18n/locales.ts';
import { pickText } from '../i18n/pick-text.ts';
import { BoothPlacementFields, MetresField, placementOf, type PlacementDraft } from './BoothPlacementFields.tsx';

/** A new hall: its name in the secretary's language and its size in metres. */
export function HallForm({ expoId, onSaved }: { expoId: string; onSaved: () => void }) {
  const { t, i18n } = useTranslation('expo');
  const locale = i18n.language as Locale;
  const { problem, run } = useAction();
  const [draft, setDraft] = useState({ name: '', widthM: '40', depthM: '20' });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { name: { [locale]: draft.name }, widthM: Number(draft.widthM), depthM: Number(draft.depthM) };
    const saved = await run(async () => {
      await dataOf(api.POST('/api/expos/{expoId}/halls', { params: { path: { expoId } }, body }));
    });
    if (saved) {
      setDraft({ ...draft, name: '' });
      onSaved();
    }
  };
  return (
    <form className="form card" onSubmit={submit} aria-labelledby="hall-form-title">
      <h2 id="hall-form-title">{t('admin.newHall')}</h2>
      <label>
        {t('admin.hallName')}
        <input
          value={draft.name}
          onChange={(event) => setDraft({ ...draft, name: event.target.value })}
          required
          maxLength={200}
        />
      </label>
      <MetresField
        label={t('admin.widthM')}
        value={draft.widthM}
        onChange={(widthM) => setDraft({ ...draft, widthM })}
      />
      <MetresField
        label={t('admin.depthM')}
        value={draft.depthM}
        onChange={(depthM) => setDraft({ ...draft, depthM })}
      />
      <button type="submit">{t('admin.addHall')}</button>
      {problem && <ProblemMessage problem={problem} />}
    </form>
  );
}

/** A new booth in a hall, placed in metres from the hall's top-left corner as drawn. */
export function BoothForm({ halls, onSaved }: { halls: FloorHall[]; onSaved: () => void }) {
  const { t } = useTranslation('expo');
  const { problem, run } = useAction();
  const [chosenHallId, setChosenHallId] = useState(halls[0]?.id ?? '');
  const [placement, setPlacement] = useState<PlacementDraft>({ code: '', xM: '0', yM: '0', widthM: '3', depthM: '3' });
  if (halls.length === 0) return null;
  const hallId = halls.some((hall) => hall.id === chosenHallId) ? chosenHallId : halls[0]!.id;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = placementOf(placement);
    const saved = await run(async () => {
      await dataOf(api.POST('/api/halls/{id}/booths', { params: { path: { id: hallId } }, body }));
    });
    if (saved) {
      setChosenHallId(hallId);
      setPlacement({ ...placement, code: '' });
      onSaved();
    }
  };
  return (
    <form className="form card" onSubmit={submit} aria-labelledby="booth-form-title">
      <h2 id="booth-form-title">{t('admin.newBooth')}</h2>
      <LabelledField label={t('floor.hall')}>
        <NamedSelect value={hallId} things={halls} nameOf={(hall) => hall.name} onChange={setChosenHallId} />
      </LabelledField>
      <BoothPlacementFields value={placement} onChange={setPlacement} />
      <button type="submit">{t('admin.addBooth')}</button>
      {problem && <ProblemMessage problem={problem} />}
    </form>
  );
}

/** Removes a hall with all its booths and their assignments, after asking. */
export function HallList({ halls, onChanged }: { halls: FloorHall[]; onChanged: () => void }) {
  const { t, i18n } = useTranslation('expo');
  const locale = i18n.language as Locale;
  const { problem, run } = useAction();
  if (halls.length === 0) return null;
  const remove = async (hall: FloorHall) => {
    const name = pickText(hall.name, locale)?.text ?? '';
    if (!window.confirm(t('admin.confirmDeleteHall', { name, count: hall.booths.length }))) return;
    const removed = await run(async () => {
      await dataOf(api.DELETE('/api/halls/{id}', { params: { path: { id: hall.id } } }));
    });
    if (removed) onChanged();
  };
  return (
    <section className="card">
      <h2>{t('admin.halls')}</h2>
      <ul>
        {halls.map((hall) => (
          <li key={hall.id}>
            {pickText(hall.name, locale)?.text}{' '}
            <button type="button" className="link-button" onClick={() => void remove(hall)}>
              {t('admin.deleteHall')}
            </button>
          </li>
        ))}
      </ul>
      {problem && <ProblemMessage problem={problem} />}
    </section>
  );
}
