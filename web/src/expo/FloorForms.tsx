import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, dataOf } from '../api/client.ts';
import type { FloorHall } from '../api/types.ts';
import { useAction } from '../api/use-action.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import type { Locale } from '../i18n/locales.ts';
import { pickText } from '../i18n/pick-text.ts';

const numberInput = (value: string, onChange: (value: string) => void, label: string) => (
  <label>
    {label}
    <input
      type="number"
      min={0}
      step="0.1"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      required
      dir="ltr"
    />
  </label>
);

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
      {numberInput(draft.widthM, (widthM) => setDraft({ ...draft, widthM }), t('admin.widthM'))}
      {numberInput(draft.depthM, (depthM) => setDraft({ ...draft, depthM }), t('admin.depthM'))}
      <button type="submit">{t('admin.addHall')}</button>
      {problem && <ProblemMessage problem={problem} />}
    </form>
  );
}

/** A new booth in a hall, placed in metres from the hall's top-left corner as drawn. */
export function BoothForm({ halls, onSaved }: { halls: FloorHall[]; onSaved: () => void }) {
  const { t, i18n } = useTranslation('expo');
  const locale = i18n.language as Locale;
  const { problem, run } = useAction();
  const [draft, setDraft] = useState({
    hallId: halls[0]?.id ?? '',
    code: '',
    xM: '0',
    yM: '0',
    widthM: '3',
    depthM: '3',
  });
  if (halls.length === 0) return null;
  const hallId = halls.some((hall) => hall.id === draft.hallId) ? draft.hallId : halls[0]!.id;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = {
      code: draft.code.trim(),
      xM: Number(draft.xM),
      yM: Number(draft.yM),
      widthM: Number(draft.widthM),
      depthM: Number(draft.depthM),
    };
    const saved = await run(async () => {
      await dataOf(api.POST('/api/halls/{id}/booths', { params: { path: { id: hallId } }, body }));
    });
    if (saved) {
      setDraft({ ...draft, hallId, code: '' });
      onSaved();
    }
  };
  return (
    <form className="form card" onSubmit={submit} aria-labelledby="booth-form-title">
      <h2 id="booth-form-title">{t('admin.newBooth')}</h2>
      <label>
        {t('floor.hall')}
        <select value={hallId} onChange={(event) => setDraft({ ...draft, hallId: event.target.value })}>
          {halls.map((hall) => (
            <option key={hall.id} value={hall.id}>
              {pickText(hall.name, locale)?.text ?? hall.id}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('admin.boothCode')}
        <input
          value={draft.code}
          onChange={(event) => setDraft({ ...draft, code: event.target.value })}
          required
          maxLength={20}
          dir="ltr"
        />
      </label>
      {numberInput(draft.xM, (xM) => setDraft({ ...draft, xM }), t('admin.xM'))}
      {numberInput(draft.yM, (yM) => setDraft({ ...draft, yM }), t('admin.yM'))}
      {numberInput(draft.widthM, (widthM) => setDraft({ ...draft, widthM }), t('admin.widthM'))}
      {numberInput(draft.depthM, (depthM) => setDraft({ ...draft, depthM }), t('admin.depthM'))}
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
