import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, dataOf } from '../api/client.ts';
import { useAction } from '../api/use-action.ts';
import { ChoiceSelect } from '../app/ChoiceSelect.tsx';
import { FieldErrors } from '../app/FieldErrors.tsx';
import { FormProblem } from '../app/FormProblem.tsx';
import { LabelledField } from '../app/LabelledField.tsx';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { formatDate, languageName } from '../i18n/format.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import type { MeetingInterpreter } from './admin-types.ts';

type Pair = [Locale, Locale];
const FIELDS = ['name', 'languagePairs', 'availableDays'] as const;

/**
 * The interpreters with their language pairs and days, and one form to add one or change the one
 * chosen. The server refuses a change or removal that would leave a booked meeting without them.
 */
export function InterpretersEditor({
  editionId,
  interpreters,
  days,
  onAdded,
}: {
  editionId: string;
  interpreters: readonly MeetingInterpreter[];
  /** The edition's days (YYYY-MM-DD). */
  days: readonly string[];
  onAdded: () => void;
}) {
  const { t, i18n } = useTranslation('meetingsAdmin');
  const locale = i18n.language as Locale;
  const [name, setName] = useState('');
  const [pairs, setPairs] = useState<Pair[]>([]);
  const [from, setFrom] = useState<Locale>('fa');
  const [to, setTo] = useState<Locale>('ru');
  const [availableDays, setAvailableDays] = useState<string[]>([]);
  const [added, setAdded] = useState<string | null>(null);
  const { problem, run } = useAction();
  const language = (code: string) => languageName(code, locale);
  const pairText = (pair: readonly string[]) => pair.map(language).join(' ↔ ');
  const hasPair = pairs.some(([a, b]) => (a === from && b === to) || (a === to && b === from));
  const [editing, setEditing] = useState<MeetingInterpreter | null>(null);
  const removal = useAction();
  const edit = (interpreter: MeetingInterpreter | null) => {
    setEditing(interpreter);
    setAdded(null);
    setName(interpreter?.name ?? '');
    setPairs((interpreter?.languagePairs ?? []).map(([a, b]): Pair => [a as Locale, b as Locale]));
    setAvailableDays(interpreter?.availableDays ?? []);
  };
  const save = async () => {
    const body = { name, languagePairs: pairs, availableDays };
    const done = await run(async () => {
      await dataOf(
        editing
          ? api.PUT('/api/meetings/interpreters/{id}', { params: { path: { id: editing.id } }, body })
          : api.POST('/api/editions/{editionId}/meetings/interpreters', { params: { path: { editionId } }, body }),
      );
    });
    if (!done) return;
    setAdded(name);
    edit(null);
    onAdded();
  };
  const remove = async (interpreter: MeetingInterpreter) => {
    const done = await removal.run(async () => {
      await dataOf(api.DELETE('/api/meetings/interpreters/{id}', { params: { path: { id: interpreter.id } } }));
    });
    if (done) onAdded();
  };
  return (
    <div className="setup-part">
      {interpreters.length === 0 ? (
        <p>{t('setup.noInterpreters')}</p>
      ) : (
        <ul className="interpreter-list" data-testid="interpreters-list">
          {interpreters.map((interpreter) => (
            <li key={interpreter.id}>
              <bdi>{interpreter.name}</bdi>: {interpreter.languagePairs.map(pairText).join(t('listSeparator'))}{' '}
              <small>
                (
                {interpreter.availableDays.length === 0
                  ? t('setup.everyDay')
                  : interpreter.availableDays.map((day) => formatDate(day, locale)).join(t('listSeparator'))}
                )
              </small>{' '}
              <button type="button" className="link-button" onClick={() => edit(interpreter)}>
                {t('setup.change')}
              </button>{' '}
              <button type="button" className="link-button" onClick={() => void remove(interpreter)}>
                {t('setup.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {removal.problem && <ProblemMessage problem={removal.problem} />}
      <form
        className="form"
        noValidate
        aria-labelledby="interpreter-form-title"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <h4 id="interpreter-form-title">{editing ? t('setup.changeInterpreter') : t('setup.newInterpreter')}</h4>
        <LabelledField label={t('setup.interpreterName')} path="name" problem={problem}>
          <input
            name="name"
            value={name}
            maxLength={200}
            dir="auto"
            onChange={(event) => setName(event.target.value)}
          />
        </LabelledField>
        <fieldset className="language-pairs">
          <legend>{t('setup.languagePairs')}</legend>
          {pairs.length > 0 && (
            <ul className="pair-list">
              {pairs.map((pair, index) => (
                <li key={pair.join('-')}>
                  {pairText(pair)}{' '}
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('setup.removePair', { pair: pairText(pair) })}
                    title={t('setup.removePair', { pair: pairText(pair) })}
                    onClick={() => setPairs(pairs.filter((_, other) => other !== index))}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
          <div className="form-row pair-builder">
            <LabelledField label={t('setup.pairFrom')}>
              <ChoiceSelect value={from} choices={LOCALES} labelOf={language} onChange={setFrom} />
            </LabelledField>
            <LabelledField label={t('setup.pairTo')}>
              <ChoiceSelect value={to} choices={LOCALES} labelOf={language} onChange={setTo} />
            </LabelledField>
            <button
              type="button"
              className="secondary-button"
              disabled={from === to || hasPair}
              onClick={() => setPairs([...pairs, [from, to]])}
            >
              {t('setup.addPair')}
            </button>
          </div>
          <FieldErrors problem={problem} path="languagePairs" />
        </fieldset>
        {days.length > 0 && (
          <fieldset className="checks">
            <legend>{t('setup.availableDays')}</legend>
            {days.map((day) => (
              <label key={day} className="check">
                <input
                  type="checkbox"
                  checked={availableDays.includes(day)}
                  onChange={(event) =>
                    setAvailableDays(
                      event.target.checked ? [...availableDays, day].sort() : availableDays.filter((d) => d !== day),
                    )
                  }
                />{' '}
                {formatDate(day, locale)}
              </label>
            ))}
            <small className="hint">{t('setup.daysHint')}</small>
          </fieldset>
        )}
        <FormProblem problem={problem} fields={FIELDS} />
        {added && (
          <p className="saved-note" role="status">
            {t('setup.saved', { name: added })}
          </p>
        )}
        <div className="form-actions">
          <button type="submit">{editing ? t('setup.saveChange') : t('setup.addInterpreter')}</button>
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
