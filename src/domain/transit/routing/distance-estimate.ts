import type { TransitLeg, TransitNode, TransitParameters } from '../model.ts';

const EARTH_RADIUS_KM = 6371;

type Coordinates = { lat: number; lon: number };

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/** Haversine distance; R = 6371 km, the radius the corridor reference data used for its own estimates. */
export function greatCircleKm(a: Coordinates, b: Coordinates): number {
  const halfDeltaLat = toRadians(b.lat - a.lat) / 2;
  const halfDeltaLon = toRadians(b.lon - a.lon) / 2;
  const chord =
    Math.sin(halfDeltaLat) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(halfDeltaLon) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(chord)));
}

export type LegDistance = { km: number; estimated: boolean };

/** A Map of nodes by id will do; the graph compiler looks them up by index instead of building one. */
export type NodeLookup = Pick<ReadonlyMap<string, TransitNode>, 'get'>;

/**
 * A sourced route distance is used as it is. Without one, a great-circle distance understates the
 * real route (roads and tracks wind, ships follow lanes), so it is stretched by the mode's detour factor.
 */
export function legDistance(leg: TransitLeg, nodesById: NodeLookup, parameters: TransitParameters): LegDistance {
  if (leg.distanceKm !== null) return { km: leg.distanceKm, estimated: false };
  const straightKm =
    leg.greatCircleKm ?? greatCircleKm(endNode(nodesById, leg.fromNodeId), endNode(nodesById, leg.toNodeId));
  return { km: straightKm * parameters.detourFactor[leg.mode], estimated: true };
}

function endNode(nodesById: NodeLookup, nodeId: string): TransitNode {
  const node = nodesById.get(nodeId);
  if (!node) throw new Error(`leg end node ${nodeId} is not in the network`);
  return node;
}
