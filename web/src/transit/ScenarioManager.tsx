import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, dataOf } from '../api/client.ts';
import type { TransitLeg, TransitNode, TransitScenario } from '../api/types.ts';
import { useAction } from '../api/use-action.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { LocalText } from '../i18n/LocalText.tsx';
import { ScenarioForm } from './ScenarioForm.tsx';
import type { PlannerNetwork } from './use-planner-network.ts';

type ScenarioManagerProps = {
  scenarios: TransitScenario[];
  network: { nodes: TransitNode[]; legs: TransitLeg[] };
  names: Pick<PlannerNetwork, 'nameOfNode' | 'nameOfLeg'>;
  onChanged: () => void;
};

/** Asks once more before a scenario is deleted: others may be comparing with it. */
function DeleteScenario({ scenario, onDeleted }: { scenario: TransitScenario; onDeleted: () => void }) {
  const { t } = useTranslation('transit');
  const [confirming, setConfirming] = useState(false);
  const questionId = useId();
  const { problem, run } = useAction();
  const remove = async () => {
    const deleted = await run(async () => {
      await dataOf(api.DELETE('/api/transit/scenarios/{id}', { params: { path: { id: scenario.id } } }));
    });
    if (deleted) onDeleted();
  };
  if (!confirming) {
    return (
      <button type="button" className="link-button" onClick={() => setConfirming(true)}>
        {t('editor.delete')}
      </button>
    );
  }
  return (
    <fieldset className="transit-confirm" aria-labelledby={questionId}>
      <span id={questionId}>{t('editor.confirmDelete')}</span>{' '}
      <button type="button" className="danger-button" onClick={remove}>
        {t('editor.confirmYes')}
      </button>{' '}
      <button type="button" className="link-button" onClick={() => setConfirming(false)}>
        {t('editor.cancel')}
      </button>
      {problem && <ProblemMessage problem={problem} />}
    </fieldset>
  );
}

/** The signed-in user's own scenarios (all of them for the secretariat): create, edit, delete. */
export function ScenarioManager({ scenarios, network, names, onChanged }: ScenarioManagerProps) {
  const { t } = useTranslation('transit');
  const [editing, setEditing] = useState<TransitScenario | 'new' | null>(null);
  const editable = scenarios.filter((scenario) => scenario.canEdit);
  const done = () => {
    setEditing(null);
    onChanged();
  };
  return (
    <section className="transit-panel" aria-labelledby="transit-scenarios-title" data-testid="scenario-manager">
      <h2 id="transit-scenarios-title">{t('editor.title')}</h2>
      {editable.length === 0 ? (
        <p className="hint">{t('editor.noneYours')}</p>
      ) : (
        <ul className="transit-editable">
          {editable.map((scenario) => (
            <li key={scenario.id}>
              <LocalText value={scenario.name} />{' '}
              <button type="button" className="link-button" onClick={() => setEditing(scenario)}>
                {t('editor.edit')}
              </button>
              <DeleteScenario scenario={scenario} onDeleted={onChanged} />
            </li>
          ))}
        </ul>
      )}
      {editing === null ? (
        <button type="button" className="secondary-button" onClick={() => setEditing('new')}>
          {t('editor.new')}
        </button>
      ) : (
        <ScenarioForm
          key={editing === 'new' ? 'new' : editing.id}
          scenario={editing === 'new' ? null : editing}
          network={network}
          names={names}
          onSaved={done}
          onCancel={() => setEditing(null)}
        />
      )}
    </section>
  );
}
