import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiProblem, api, dataOf } from '../api/client.ts';
import type { Expo } from '../api/types.ts';
import { useAction } from '../api/use-action.ts';
import { DateInput } from '../app/DateInput.tsx';
import { FieldErrors } from '../app/FieldErrors.tsx';
import { LabelledField } from '../app/LabelledField.tsx';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import type { Locale } from '../i18n/locales.ts';
import { LanguageFields } from './LanguageFields.tsx';

type Props = {
  editionId: string;
  expo: Expo;
  /** The expo's place in the edition, as the publish step's field errors name it (`expos.0.name.fa`). */
  index: number;
  required: readonly Locale[];
  publishProblem: ApiProblem | null;
  onSaved: () => void;
};

/** A copied expo keeps the earlier edition's name, place and dates until they are changed here. */
export function ExpoEditor({ editionId, expo, index, required, publishProblem, onSaved }: Props) {
  const { t } = useTranslation('programme');
  const { problem, run } = useAction();
  const [saved, setSaved] = useState(false);
  const [form, setForm] = useState({
    name: expo.name,
    venue: expo.venue,
    startsOn: expo.startsOn,
    endsOn: expo.endsOn,
  });
  const set =
    <K extends keyof typeof form>(key: K) =>
    (value: (typeof form)[K]) => {
      setSaved(false);
      setForm({ ...form, [key]: value });
    };
  const path = `expos.${index}`;
  const shown = problem ?? publishProblem;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await dataOf(
        api.PATCH('/api/editions/{editionId}/expos/{expoId}', {
          params: { path: { editionId, expoId: expo.id } },
          body: form,
        }),
      );
    }).then((ok) => {
      setSaved(ok);
      if (ok) onSaved();
    });
  };
  return (
    <form className="form edition-form expo-form" onSubmit={submit} data-testid="expo-edit-form">
      <h3>{t('editions.expoTitle')}</h3>
      <LanguageFields
        legend={t('editions.expoName')}
        value={form.name}
        onChange={set('name')}
        required={required}
        path={`${path}.name`}
        problem={publishProblem}
      />
      <LanguageFields
        legend={t('editions.expoVenue')}
        value={form.venue}
        onChange={set('venue')}
        required={required}
        path={`${path}.venue`}
        problem={publishProblem}
      />
      <div className="form-row">
        <LabelledField label={t('editions.expoStartsOn')}>
          <DateInput required name="expoStartsOn" value={form.startsOn} onChange={set('startsOn')} />
          <FieldErrors problem={shown} path={problem ? 'startsOn' : `${path}.startsOn`} />
        </LabelledField>
        <LabelledField label={t('editions.expoEndsOn')}>
          <DateInput required name="expoEndsOn" value={form.endsOn} onChange={set('endsOn')} />
          <FieldErrors problem={shown} path={problem ? 'endsOn' : `${path}.endsOn`} />
        </LabelledField>
      </div>
      <div className="form-actions">
        <button type="submit" data-testid="expo-save">
          {t('save')}
        </button>
        {saved && <span role="status">{t('editions.saved')}</span>}
      </div>
      {problem && (
        <ProblemMessage
          problem={problem}
          fieldNames={{
            name: t('editions.expoName'),
            venue: t('editions.expoVenue'),
            startsOn: t('editions.expoStartsOn'),
            endsOn: t('editions.expoEndsOn'),
          }}
        />
      )}
    </form>
  );
}
