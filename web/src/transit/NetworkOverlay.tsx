import { useTranslation } from 'react-i18next';
import type { TransitLeg, TransitNode } from '../api/types.ts';
import type { MapFrame } from '../map/map-geometry.ts';
import { placeLegs, placeNodes, type PlacedNode } from './network-geometry.ts';
import type { PlannerNetwork } from './use-planner-network.ts';

const NODE_RADIUS = 2.6;
const PORT_HALF = 2.8;

function legClass(leg: TransitLeg): string {
  const classes = ['transit-leg', `transit-leg--${leg.mode}`];
  if (leg.status !== 'operational') classes.push('transit-leg--not-built');
  return classes.join(' ');
}

function NodeMark({ placed, title }: { placed: PlacedNode; title: string }) {
  const { node, x, y } = placed;
  return (
    <g className={`transit-node transit-node--${node.kind}`} data-node-id={node.id}>
      <title>{title}</title>
      {node.kind === 'port' ? (
        <rect x={x - PORT_HALF} y={y - PORT_HALF} width={PORT_HALF * 2} height={PORT_HALF * 2} />
      ) : (
        <circle cx={x} cy={y} r={NODE_RADIUS} />
      )}
    </g>
  );
}

type NetworkOverlayProps = {
  frame: MapFrame;
  nodes: TransitNode[];
  legs: TransitLeg[];
  names: Pick<PlannerNetwork, 'nodesById' | 'nameOfNode' | 'nameOfLeg'>;
};

/** Every leg of the network styled by its mode (dashed when not built yet) and every node on the map. */
export function NetworkOverlay({ frame, nodes, legs, names }: NetworkOverlayProps) {
  const { t } = useTranslation('transit');
  const placedLegs = placeLegs(frame, legs, names.nodesById);
  const placedNodes = placeNodes(frame, nodes);
  return (
    <g className="transit-overlay" data-testid="transit-network">
      <g className="transit-network__legs">
        {placedLegs.map(({ leg, d }) => (
          <path key={leg.id} d={d} className={legClass(leg)} data-leg-id={leg.id}>
            <title>{t('map.legTitle', { leg: names.nameOfLeg(leg.id), status: t(`status.${leg.status}`) })}</title>
          </path>
        ))}
      </g>
      <g className="transit-network__nodes">
        {placedNodes.map((placed) => (
          <NodeMark
            key={placed.node.id}
            placed={placed}
            title={t('map.nodeTitle', {
              name: names.nameOfNode(placed.node.id),
              kind: t(`nodeKind.${placed.node.kind}`),
            })}
          />
        ))}
      </g>
    </g>
  );
}
