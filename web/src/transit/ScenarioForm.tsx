import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, dataOf } from '../api/client.ts';
import type { TransitLeg, TransitNode, TransitScenario } from '../api/types.ts';
import { useAction } from '../api/use-action.ts';
import { FieldErrors } from '../app/FieldErrors.tsx';
import { FormProblem } from '../app/FormProblem.tsx';
import type { Locale } from '../i18n/locales.ts';
import { pickText } from '../i18n/pick-text.ts';
import { ScenarioChangeFields } from './ScenarioChangeFields.tsx';
import {
  draftOfScenario,
  emptyChange,
  requestOfDraft,
  type ChangeDraft,
  type ScenarioDraft,
} from './scenario-draft.ts';
import type { PlannerNetwork } from './use-planner-network.ts';

type ScenarioFormProps = {
  scenario: TransitScenario | null;
  network: { nodes: TransitNode[]; legs: TransitLeg[] };
  names: Pick<PlannerNetwork, 'nameOfNode' | 'nameOfLeg'>;
  onSaved: () => void;
  onCancel: () => void;
};

// Every part of a scenario has its place on the form: a change's own fields, and the change or the list as a whole.
const FIELDS = ['name', 'description', 'source', 'changes'] as const;

/** Creates a scenario, or edits one: its name and description in the reader's language, and its changes. */
export function ScenarioForm({ scenario, network, names, onSaved, onCancel }: ScenarioFormProps) {
  const { t, i18n } = useTranslation('transit');
  const locale = i18n.language as Locale;
  const [draft, setDraft] = useState<ScenarioDraft>(() => draftOfScenario(scenario, locale));
  const { problem, run } = useAction();
  const set = <K extends keyof ScenarioDraft>(key: K, value: ScenarioDraft[K]) =>
    setDraft((previous) => ({ ...previous, [key]: value }));
  const setChange = (index: number, change: ChangeDraft) =>
    set(
      'changes',
      draft.changes.map((candidate, at) => (at === index ? change : candidate)),
    );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = requestOfDraft(draft, locale, scenario);
    const saved = await run(async () => {
      await dataOf(
        scenario
          ? api.PUT('/api/transit/scenarios/{id}', { params: { path: { id: scenario.id } }, body })
          : api.POST('/api/transit/scenarios', { body }),
      );
    });
    if (saved) onSaved();
  };
  const otherName = scenario && !scenario.name[locale] ? pickText(scenario.name, locale)?.text : undefined;
  return (
    <form className="form transit-scenario-form" onSubmit={submit} data-testid="scenario-form" noValidate>
      <h3>{t(scenario ? 'editor.editTitle' : 'editor.newTitle')}</h3>
      <FormProblem problem={problem} fields={FIELDS} />
      <label>
        {t('editor.name')}
        <input
          name="name"
          value={draft.name}
          placeholder={otherName}
          onChange={(event) => set('name', event.target.value)}
        />
        <FieldErrors problem={problem} path="name" />
      </label>
      <label>
        {t('editor.description')}
        <textarea
          name="description"
          rows={3}
          value={draft.description}
          onChange={(event) => set('description', event.target.value)}
        />
        <FieldErrors problem={problem} path="description" />
      </label>
      <label>
        {t('editor.source')}
        <input name="source" value={draft.source} onChange={(event) => set('source', event.target.value)} />
        <span className="hint">{t('editor.sourceHint')}</span>
        <FieldErrors problem={problem} path="source" />
      </label>
      {draft.changes.map((change, index) => (
        <ScenarioChangeFields
          // biome-ignore lint/suspicious/noArrayIndexKey: a change being written has no identity but its place: field names and the server's error paths are `changes.<index>`, and every field is controlled by the draft, so a row holds no state of its own.
          key={index}
          change={change}
          path={`changes.${index}`}
          network={network}
          names={names}
          problem={problem}
          onChange={(next) => setChange(index, next)}
          onRemove={() =>
            set(
              'changes',
              draft.changes.filter((_, at) => at !== index),
            )
          }
        />
      ))}
      <FieldErrors problem={problem} path="changes" exact />
      <div className="transit-form-actions">
        <button
          type="button"
          className="secondary-button"
          onClick={() => set('changes', [...draft.changes, emptyChange('close_leg')])}
        >
          {t('editor.addChange')}
        </button>
        <button type="submit">{t('editor.save')}</button>
        <button type="button" className="secondary-button" onClick={onCancel}>
          {t('editor.cancel')}
        </button>
      </div>
    </form>
  );
}
