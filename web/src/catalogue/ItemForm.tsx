import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../api/client.ts';
import { ITEM_KINDS, ORGANISATION_TYPES } from '../api/types.ts';
import { ChoiceSelect } from '../app/ChoiceSelect.tsx';
import { FormProblem } from '../app/FormProblem.tsx';
import { LabelledField } from '../app/LabelledField.tsx';
import { NamedSelect } from '../app/NamedSelect.tsx';
import { LOCALES } from '../i18n/locales.ts';
import type { ItemDraft } from './item-draft.ts';
import { ItemTextFields } from './ItemTextFields.tsx';
import { QuantityValueFields } from './QuantityValueFields.tsx';
import { ContactLanguageFields, ScheduleFields } from './ScheduleFields.tsx';
import { TaxonomyChoice } from './TaxonomyChoice.tsx';
import type { References } from './use-references.ts';

export type SaveIntent = 'save' | 'publish';

/** Every path a field of the form (here and in its parts) shows the server's messages for. */
const FIELDS = [
  'provinceId',
  'organisation',
  ...LOCALES.flatMap((language) => [`title.${language}`, `description.${language}`]),
  'taxonomyCodes',
  'hsCodes',
  'quantity.amount',
  'quantity.unit',
  'value.min',
  'value.max',
  'value.currency',
  'validFrom',
  'validUntil',
];

type Props = {
  initial: ItemDraft;
  references: References;
  problem: ApiProblem | null;
  saveLabel: string;
  publishLabel: string | null;
  onSave: (draft: ItemDraft, intent: SaveIntent) => Promise<void>;
};

/** The whole offer or need on one page; the server checks it and names the fields it refuses. */
export function ItemForm({ initial, references, problem, saveLabel, publishLabel, onSave }: Props) {
  const { t } = useTranslation('catalogue');
  const [draft, setDraft] = useState(initial);
  const [saving, setSaving] = useState(false);
  const change = (next: Partial<ItemDraft>) => setDraft((previous) => ({ ...previous, ...next }));
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    setSaving(true);
    await onSave(draft, submitter?.value === 'publish' ? 'publish' : 'save').finally(() => setSaving(false));
  };
  return (
    <form className="form item-form" onSubmit={submit} data-testid="item-form">
      <fieldset className="form-group">
        <legend>{t('form.what')}</legend>
        <div className="form-row" role="radiogroup" aria-label={t('filters.kind')}>
          {ITEM_KINDS.map((kind) => (
            <label key={kind} className="check">
              <input
                type="radio"
                name="kind"
                value={kind}
                checked={draft.kind === kind}
                onChange={() => change({ kind })}
              />
              {t(`form.kind_${kind}`)}
            </label>
          ))}
        </div>
        <LabelledField label={t('form.province')} path="provinceId" problem={problem}>
          <NamedSelect
            name="provinceId"
            value={draft.provinceId}
            things={references.provinces}
            nameOf={(province) => province.names}
            onChange={(provinceId) => change({ provinceId })}
            empty={t('form.choose')}
            required
          />
        </LabelledField>
        <div className="form-row">
          <LabelledField label={t('form.organisation')} path="organisation" problem={problem}>
            <input
              name="organisation.name"
              dir="auto"
              value={draft.organisationName}
              onChange={(event) => change({ organisationName: event.target.value })}
              maxLength={200}
            />
          </LabelledField>
          <LabelledField label={t('form.organisationType')}>
            <ChoiceSelect
              name="organisation.type"
              value={draft.organisationType}
              choices={ORGANISATION_TYPES}
              labelOf={(type) => t(`organisationType.${type}`)}
              onChange={(organisationType) => change({ organisationType })}
            />
          </LabelledField>
        </div>
        <small className="hint">{t('form.organisationHint')}</small>
      </fieldset>
      <ItemTextFields draft={draft} problem={problem} onChange={change} />
      <TaxonomyChoice
        chosen={draft.taxonomyCodes}
        references={references}
        problem={problem}
        onChange={(taxonomyCodes) => change({ taxonomyCodes })}
      />
      <fieldset className="form-group">
        <legend>{t('form.goods')}</legend>
        <LabelledField label={t('form.hsCodes')} path="hsCodes" problem={problem}>
          <input
            name="hsCodes"
            dir="ltr"
            inputMode="numeric"
            value={draft.hsCodes}
            onChange={(event) => change({ hsCodes: event.target.value })}
          />
        </LabelledField>
      </fieldset>
      <QuantityValueFields draft={draft} problem={problem} onChange={change} />
      <ScheduleFields draft={draft} problem={problem} onChange={change} />
      <ContactLanguageFields draft={draft} onChange={change} />
      <FormProblem problem={problem} fields={FIELDS} />
      <div className="form-actions">
        <button type="submit" name="intent" value="save" disabled={saving} data-testid="save-item">
          {saveLabel}
        </button>
        {publishLabel && (
          <button type="submit" name="intent" value="publish" disabled={saving} data-testid="publish-item">
            {publishLabel}
          </button>
        )}
      </div>
    </form>
  );
}
