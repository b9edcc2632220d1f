import { useTranslation } from 'react-i18next';
import type { TransitRoute } from '../api/types.ts';
import type { MapFrame } from '../map/map-geometry.ts';
import { mapSizes } from '../map/map-layout.ts';
import { labelRouteStops, placeNodes, placeRoute, routeNodeIds } from './network-geometry.ts';
import type { PlannerNetwork } from './use-planner-network.ts';

type RouteOverlayProps = {
  frame: MapFrame;
  route: TransitRoute;
  /** `selected`: the route the table has chosen; `preview`: the row under the pointer or focus. */
  emphasis: 'selected' | 'preview';
  labelScale: number;
  names: Pick<PlannerNetwork, 'nodesById' | 'nameOfNode'>;
};

const STOP_RADIUS = 3.5;

/** A route drawn thick over the network, step by step, with the names of the places it passes. */
export function RouteOverlay({ frame, route, emphasis, labelScale, names }: RouteOverlayProps) {
  const { t } = useTranslation('transit');
  const segments = placeRoute(frame, route.steps, names.nodesById);
  const stops = routeNodeIds(route.steps).flatMap((id) => names.nodesById.get(id) ?? []);
  const placedStops = placeNodes(frame, stops);
  const { font } = mapSizes(labelScale);
  const labels =
    emphasis === 'selected' ? labelRouteStops(frame, placedStops, names.nameOfNode, font, STOP_RADIUS) : [];
  const stepTitle = (fromNodeId: string, toNodeId: string, mode: TransitRoute['steps'][number]['mode']) =>
    t('map.stepTitle', { from: names.nameOfNode(fromNodeId), to: names.nameOfNode(toNodeId), mode: t(`mode.${mode}`) });
  return (
    <g className={`transit-route transit-route--${emphasis}`} data-testid={`transit-route-${emphasis}`}>
      {segments.map(({ segment, d }) => (
        <g key={segment.legId} className="transit-route__step" data-leg-id={segment.legId}>
          <title>{stepTitle(segment.fromNodeId, segment.toNodeId, segment.mode)}</title>
          <path className="transit-route__casing" d={d} />
          <path className="transit-route__line" d={d} />
        </g>
      ))}
      {emphasis === 'selected' &&
        placedStops.map(({ node, x, y }) => (
          <circle key={node.id} className="transit-route__stop" cx={x} cy={y} r={STOP_RADIUS}>
            <title>{names.nameOfNode(node.id)}</title>
          </circle>
        ))}
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: biome counts SVG elements without an implicit role as focusable (biomejs/biome#7716); these labels are plain <text>, and each stop already carries its name as a <title>. */}
      <g className="transit-route__labels" style={{ fontSize: font }} aria-hidden="true">
        {labels.map(({ nodeId, text, label }) => (
          <text key={nodeId} x={label.x} y={label.y} textAnchor={label.anchor}>
            {text}
          </text>
        ))}
      </g>
    </g>
  );
}
