import { useTranslation } from 'react-i18next';
import type { TransitScenario } from '../api/types.ts';
import type { Locale } from '../i18n/locales.ts';
import { monthName } from './transit-format.ts';
import type { PlannerNetwork } from './use-planner-network.ts';
import { useTransitFormat } from './use-transit-format.ts';

type ScenarioChange = TransitScenario['changes'][number];
type Names = Pick<PlannerNetwork, 'nameOfNode' | 'nameOfLeg'>;

/** One change of a scenario in words: "Closes Astara border crossing", "Draft limit 3.5 m at Astrakhan". */
export function ScenarioChangeText({ change, names }: { change: ScenarioChange; names: Names }) {
  const { t, i18n } = useTranslation('transit');
  const locale = i18n.language as Locale;
  const format = useTransitFormat();
  switch (change.kind) {
    case 'close_leg':
    case 'open_leg':
      return <>{t(`change.${change.kind}`, { leg: names.nameOfLeg(change.legId) })}</>;
    case 'close_node':
      return <>{t('change.close_node', { node: names.nameOfNode(change.nodeId) })}</>;
    case 'seasonal_closure': {
      const months = change.months.map((month) => monthName(month, locale)).join(t('translation:common.listSeparator'));
      return <>{t('change.seasonal_closure', { node: names.nameOfNode(change.nodeId), months })}</>;
    }
    case 'draft_limit':
      return (
        <>
          {t('change.draft_limit', {
            node: names.nameOfNode(change.nodeId),
            metres: format.number(change.maxDraftM, { maximumFractionDigits: 2 }),
          })}
        </>
      );
  }
}

export function ScenarioChangeList({ scenario, names }: { scenario: TransitScenario; names: Names }) {
  return (
    <ul className="transit-scenario__changes">
      {scenario.changes.map((change, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the saved changes of one scenario, read-only, in their saved order; a change has no id, and two may name the same kind and place.
        <li key={index}>
          <ScenarioChangeText change={change} names={names} />
        </li>
      ))}
    </ul>
  );
}
