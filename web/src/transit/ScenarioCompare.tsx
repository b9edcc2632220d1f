import { useTranslation } from 'react-i18next';
import type { TransitScenario } from '../api/types.ts';
import { SourceList } from '../app/SourceList.tsx';
import { LocalText } from '../i18n/LocalText.tsx';
import { ScenarioChangeList } from './ScenarioChangeText.tsx';
import { ScenarioCompareTable } from './ScenarioCompareTable.tsx';
import type { TransitQuery } from './transit-query.ts';
import { useScenarioComparison } from './use-scenario-comparison.ts';
import type { PlannerNetwork } from './use-planner-network.ts';

type ScenarioCompareProps = {
  query: TransitQuery;
  scenarios: TransitScenario[];
  chosenIds: string[];
  names: Pick<PlannerNetwork, 'nameOfNode' | 'nameOfLeg'>;
  onChoose: (scenarioIds: string[]) => void;
};

/** "What if": the same question asked of the baseline and of each chosen scenario, side by side. */
export function ScenarioCompare({ query, scenarios, chosenIds, names, onChoose }: ScenarioCompareProps) {
  const { t, i18n } = useTranslation('transit');
  const known = chosenIds.filter((id) => scenarios.some((scenario) => scenario.id === id));
  const columns = useScenarioComparison(query, known, i18n.language);
  const toggle = (id: string, chosen: boolean) =>
    onChoose(chosen ? [...known, id] : known.filter((candidate) => candidate !== id));
  return (
    <section className="transit-panel transit-compare-section" aria-labelledby="transit-compare-title">
      <h2 id="transit-compare-title">{t('compare.title')}</h2>
      <p className="hint">{t('compare.intro')}</p>
      <fieldset className="transit-scenario-picker">
        <legend>{t('compare.choose')}</legend>
        {scenarios.map((scenario) => (
          <div key={scenario.id} className="transit-scenario">
            <label className="check">
              <input
                type="checkbox"
                checked={known.includes(scenario.id)}
                onChange={(event) => toggle(scenario.id, event.target.checked)}
                data-scenario-id={scenario.id}
              />
              <LocalText value={scenario.name} as="strong" />
            </label>
            <details>
              <summary>{t('compare.whatChanges')}</summary>
              {Object.keys(scenario.description).length > 0 && <LocalText value={scenario.description} as="p" />}
              <ScenarioChangeList scenario={scenario} names={names} />
              {scenario.source && <SourceList sources={[scenario.source]} />}
            </details>
          </div>
        ))}
      </fieldset>
      {known.length > 0 && <ScenarioCompareTable columns={columns} scenarios={scenarios} names={names} />}
    </section>
  );
}
