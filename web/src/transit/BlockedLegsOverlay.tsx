import { useTranslation } from 'react-i18next';
import type { TransitLeg } from '../api/types.ts';
import type { MapFrame } from '../map/map-geometry.ts';
import { placeLegs } from './network-geometry.ts';
import type { BlockedLeg } from './no-route-problem.ts';
import type { PlannerNetwork } from './use-planner-network.ts';

type BlockedLegsOverlayProps = {
  frame: MapFrame;
  blocked: BlockedLeg[];
  names: Pick<PlannerNetwork, 'nodesById' | 'legsById' | 'nameOfLeg'>;
};

/** Where a "no route" answer is stuck: the legs in the way, marked on the map with their reason. */
export function BlockedLegsOverlay({ frame, blocked, names }: BlockedLegsOverlayProps) {
  const { t } = useTranslation('transit');
  const legs = blocked.flatMap(({ legId }) => names.legsById.get(legId) ?? ([] as TransitLeg[]));
  const reasonOf = new Map(blocked.map((leg) => [leg.legId, leg.reason]));
  return (
    <g className="transit-blocked-legs" data-testid="transit-blocked-legs">
      {placeLegs(frame, legs, names.nodesById).map(({ leg, d }) => (
        <g key={leg.id} className="transit-blocked-leg" data-leg-id={leg.id}>
          <title>
            {t('map.blockedTitle', { leg: names.nameOfLeg(leg.id), reason: t(`blockReason.${reasonOf.get(leg.id)}`) })}
          </title>
          <path className="transit-route__casing" d={d} />
          <path className="transit-blocked-leg__line" d={d} />
        </g>
      ))}
    </g>
  );
}
