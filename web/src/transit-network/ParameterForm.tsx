import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, dataOf } from '../api/client.ts';
import type { TransitParameter } from '../api/types.ts';
import { useAction } from '../api/use-action.ts';
import { FieldErrors } from '../app/FieldErrors.tsx';
import { LabelledField } from '../app/LabelledField.tsx';
import { formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { numberText, readRequiredNumber } from './number-text.ts';
import { parameterLabel } from './parameter-keys.ts';
import { NetworkForm } from './NetworkForm.tsx';
import { CheckField, NoteField, SourceField } from './NetworkFields.tsx';

type Props = { parameter: TransitParameter; onSaved: () => void; onCancel: () => void };

const FIELDS = ['value', 'source', 'assumption', 'note'] as const;

/**
 * Changes one parameter. The bounds are a hint, not a browser check: the server's refusal comes in the
 * reader's language and stands next to the value, where a browser would answer in its own language.
 */
export function ParameterForm({ parameter, onSaved, onCancel }: Props) {
  const { t, i18n } = useTranslation('transitNetwork');
  const locale = i18n.language as Locale;
  const { problem, run } = useAction();
  const [draft, setDraft] = useState({
    value: numberText(parameter.value),
    source: parameter.source ?? '',
    assumption: parameter.assumption,
    note: parameter.note ?? '',
  });
  const label = parameterLabel(parameter.key, t);
  const bounds = { min: formatNumber(parameter.min, locale), max: formatNumber(parameter.max, locale) };

  const save = async () => {
    const body = {
      value: readRequiredNumber(draft.value),
      source: draft.source.trim() || null,
      assumption: draft.assumption,
      note: draft.note.trim() || null,
    };
    const saved = await run(async () => {
      await dataOf(api.PUT('/api/transit/parameters/{key}', { params: { path: { key: parameter.key } }, body }));
    });
    if (saved) onSaved();
  };

  return (
    <NetworkForm
      testId="parameter-form"
      title={t('parameters.formTitle', { label })}
      heading="h4"
      problem={problem}
      fields={FIELDS}
      submitLabel={t('save')}
      onSubmit={save}
      onCancel={onCancel}
    >
      <LabelledField
        label={t('parameters.value')}
        hint={t(parameter.minExclusive ? 'parameters.boundsExclusive' : 'parameters.bounds', bounds)}
        path="value"
        problem={problem}
      >
        <span className="value-input">
          <input
            name="value"
            type="number"
            step="any"
            min={parameter.min}
            max={parameter.max}
            value={draft.value}
            onChange={(event) => setDraft({ ...draft, value: event.target.value })}
            dir="ltr"
            required
          />
          <span className="unit">{t(`unit.${parameter.unit}`, { defaultValue: parameter.unit })}</span>
        </span>
      </LabelledField>
      <SourceField
        name="source"
        label={t('parameters.source')}
        hint={t('parameters.sourceHint')}
        value={draft.source}
        onChange={(source) => setDraft({ ...draft, source })}
        problem={problem}
      />
      <CheckField
        name="assumption"
        label={t('parameters.isAssumption')}
        checked={draft.assumption}
        onChange={(assumption) => setDraft({ ...draft, assumption })}
      />
      <FieldErrors problem={problem} path="assumption" />
      <NoteField
        name="note"
        label={t('parameters.note')}
        rows={3}
        value={draft.note}
        onChange={(note) => setDraft({ ...draft, note })}
        problem={problem}
      />
    </NetworkForm>
  );
}
