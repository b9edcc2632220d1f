import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, dataOf } from '../api/client.ts';
import type { TransitParameter } from '../api/types.ts';
import { useAction } from '../api/use-action.ts';
import { FieldErrors } from '../app/FieldErrors.tsx';
import { FormProblem } from '../app/FormProblem.tsx';
import { formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { numberText, readRequiredNumber } from './number-text.ts';
import { parameterLabel } from './parameter-keys.ts';
import { useFormInView } from './use-form-in-view.ts';

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
  const formRef = useFormInView();
  const label = parameterLabel(parameter.key, t);
  const bounds = { min: formatNumber(parameter.min, locale), max: formatNumber(parameter.max, locale) };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
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
    <form
      ref={formRef}
      className="form card transit-form"
      onSubmit={submit}
      noValidate
      aria-labelledby="parameter-form-title"
      data-testid="parameter-form"
    >
      <h4 id="parameter-form-title">{t('parameters.formTitle', { label })}</h4>
      <label>
        {t('parameters.value')}
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
        <small className="hint">
          {t(parameter.minExclusive ? 'parameters.boundsExclusive' : 'parameters.bounds', bounds)}
        </small>
        <FieldErrors problem={problem} path="value" />
      </label>
      <label>
        {t('parameters.source')}
        <input
          name="source"
          value={draft.source}
          onChange={(event) => setDraft({ ...draft, source: event.target.value })}
          maxLength={1000}
          dir="auto"
          placeholder="https://"
        />
        <small className="hint">{t('parameters.sourceHint')}</small>
        <FieldErrors problem={problem} path="source" />
      </label>
      <label className="check">
        <input
          name="assumption"
          type="checkbox"
          checked={draft.assumption}
          onChange={(event) => setDraft({ ...draft, assumption: event.target.checked })}
        />{' '}
        {t('parameters.isAssumption')}
      </label>
      <FieldErrors problem={problem} path="assumption" />
      <label>
        {t('parameters.note')}
        <textarea
          name="note"
          value={draft.note}
          onChange={(event) => setDraft({ ...draft, note: event.target.value })}
          maxLength={2000}
          rows={3}
          dir="auto"
        />
        <FieldErrors problem={problem} path="note" />
      </label>
      <FormProblem problem={problem} fields={FIELDS} />
      <div className="form-actions">
        <button type="submit">{t('save')}</button>
        <button type="button" className="secondary-button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
