import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../api/client.ts';
import { blockedLegsOf } from './no-route-problem.ts';
import type { PlannerNetwork } from './use-planner-network.ts';

/** Blocked legs named and each with why it cannot carry goods, so "no route" says what to change. */
export function BlockedLegList({ problem, names }: { problem: ApiProblem; names: Pick<PlannerNetwork, 'nameOfLeg'> }) {
  const { t } = useTranslation('transit');
  const blocked = blockedLegsOf(problem);
  if (blocked.length === 0) return <p className="hint">{t('noRoute.notConnected')}</p>;
  return (
    <ul className="transit-blocked" data-testid="blocked-legs">
      {blocked.map((leg) => (
        <li key={leg.legId} data-reason={leg.reason}>
          <strong>{names.nameOfLeg(leg.legId)}</strong>: {t(`blockReason.${leg.reason}`)}
        </li>
      ))}
    </ul>
  );
}

export function NoRouteMessage({ problem, names }: { problem: ApiProblem; names: Pick<PlannerNetwork, 'nameOfLeg'> }) {
  const { t } = useTranslation('transit');
  return (
    <div className="problem transit-no-route" role="alert" data-code={problem.problem.code} data-testid="no-route">
      <strong>{problem.problem.title}</strong> {problem.problem.detail}
      {blockedLegsOf(problem).length > 0 && <p>{t('noRoute.blockedIntro')}</p>}
      <BlockedLegList problem={problem} names={names} />
    </div>
  );
}
