import { useTranslation } from 'react-i18next';
import type { TransitRoute } from '../api/types.ts';
import { EstimateBadge } from './EstimateBadge.tsx';
import type { PlannerNetwork } from './use-planner-network.ts';
import { useTransitFormat } from './use-transit-format.ts';

type RouteStep = TransitRoute['steps'][number];

function Penalties({ step, names }: { step: RouteStep; names: Pick<PlannerNetwork, 'nameOfNode'> }) {
  const { t } = useTranslation('transit');
  const format = useTransitFormat();
  if (step.penalties.length === 0) return null;
  return (
    <ul className="transit-step__penalties">
      {step.penalties.map((penalty) => (
        // A step meets each kind of penalty at most once (loading, transfer, border, unloading).
        <li key={penalty.kind} data-penalty={penalty.kind}>
          {t('steps.penalty', {
            kind: t(`penalty.${penalty.kind}`),
            place: names.nameOfNode(penalty.nodeId),
            time: format.duration(penalty.hours),
            cost: format.usdPerTonne(penalty.usdPerTonne),
          })}
        </li>
      ))}
    </ul>
  );
}

function Step({ step, names }: { step: RouteStep; names: Pick<PlannerNetwork, 'nameOfNode'> }) {
  const { t } = useTranslation('transit');
  const format = useTransitFormat();
  return (
    <li className="transit-step" data-leg-id={step.legId}>
      <p className="transit-step__head">
        <strong>
          {t('steps.fromTo', { from: names.nameOfNode(step.fromNodeId), to: names.nameOfNode(step.toNodeId) })}
        </strong>
        <span className={`badge transit-mode transit-mode--${step.mode}`}>{t(`mode.${step.mode}`)}</span>
        {step.crossesBorder && <span className="badge transit-border">{t('steps.crossesBorder')}</span>}
      </p>
      <dl className="transit-step__figures">
        <div>
          <dt>{t('steps.distance')}</dt>
          <dd>
            {format.km(step.distanceKm)} {step.distanceEstimated && <EstimateBadge />}
          </dd>
        </div>
        <div>
          <dt>{t('steps.travelTime')}</dt>
          <dd>{format.duration(step.travelHours)}</dd>
        </div>
        <div>
          <dt>{t('steps.cost')}</dt>
          <dd>{format.usdPerTonne(step.travelUsdPerTonne)}</dd>
        </div>
        <div>
          <dt>{t('steps.co2')}</dt>
          <dd>{format.kgPerTonne(step.co2KgPerTonne)}</dd>
        </div>
      </dl>
      {step.distanceEstimated && <p className="transit-step__note">{t('estimate.explanation')}</p>}
      <Penalties step={step} names={names} />
    </li>
  );
}

/** The leg-by-leg explanation of one route: what moves, how far, how long, and what it waits for. */
export function RouteSteps({ route, names }: { route: TransitRoute; names: Pick<PlannerNetwork, 'nameOfNode'> }) {
  const { t } = useTranslation('transit');
  if (route.steps.length === 0) return <p>{t('steps.alreadyThere')}</p>;
  return (
    <ol className="transit-steps" data-testid="route-steps">
      {route.steps.map((step) => (
        // A route that came back over a leg would cross it the other way.
        <Step key={`${step.legId}:${step.fromNodeId}`} step={step} names={names} />
      ))}
    </ol>
  );
}
