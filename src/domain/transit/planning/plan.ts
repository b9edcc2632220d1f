import type { z } from 'zod';
import type { RequestContext } from '../../../platform/context/request-context.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import type { ParetoRoute, ScenarioChange, TransitNetwork } from '../model.ts';
import { loadNetwork, type LoadedNetwork } from '../network/network.ts';
import { noRouteError } from './no-route-message.ts';
import { planRoutes } from '../routing/plan-routes.ts';
import { provinceNodeIds } from './province-transit.ts';
import type { ScenarioRow } from '../repository.ts';
import { findScenario } from '../network/scenarios.ts';
import type { RouteQuery } from '../schema.ts';

export type Endpoint = { id: string; kind: 'node' | 'province'; nodeIds: string[] };
export type Plan = {
  from: Endpoint;
  to: Endpoint;
  cargo: z.output<typeof RouteQuery>['cargo'];
  month: number;
  tonnes: number;
  scenarioId: string | null;
  networkVersion: number;
  routes: ParetoRoute[];
  approximate: boolean;
};
export type PlanWithContext = { plan: Plan; loaded: LoadedNetwork; scenario: ScenarioRow | null };

/** A node id names that node; a province id stands for its ports and main city. */
export function resolveEndpoint(network: TransitNetwork, place: string): Endpoint {
  if (network.nodes.some((node) => node.id === place)) return { id: place, kind: 'node', nodeIds: [place] };
  const nodeIds = provinceNodeIds(network.nodes, place);
  if (nodeIds.length === 0) throw new AppError('transit_place_not_found', { place });
  return { id: place, kind: 'province', nodeIds };
}

/** The Pareto routes between two places under the baseline or a saved scenario; "no route" is an error that names what stands in the way. */
export async function planTransit(
  context: RequestContext,
  query: z.output<typeof RouteQuery>,
): Promise<PlanWithContext> {
  const loaded = await loadNetwork(context);
  const from = resolveEndpoint(loaded.network, query.from);
  const to = resolveEndpoint(loaded.network, query.to);
  if (from.nodeIds.some((id) => to.nodeIds.includes(id))) throw new AppError('transit_same_place');
  const scenario = query.scenario ? await findScenario(context, query.scenario) : null;
  const changes: ScenarioChange[] = scenario?.changes ?? [];
  const month = query.month ?? context.now.getUTCMonth() + 1;
  const result = planRoutes(loaded.network, loaded.parameters, changes, {
    originNodeIds: from.nodeIds,
    destinationNodeIds: to.nodeIds,
    cargo: query.cargo,
    month,
  });
  if (result.kind === 'no_route') throw noRouteError(loaded.network, result.blockedLegs);
  return {
    plan: {
      from,
      to,
      cargo: query.cargo,
      month,
      tonnes: query.tonnes,
      scenarioId: scenario?.id ?? null,
      networkVersion: loaded.version,
      routes: result.routes,
      approximate: result.approximate === true,
    },
    loaded,
    scenario,
  };
}
