import type { LocalizedText } from '../src/platform/i18n/localized-text.ts';
import { greatCircleKm } from '../src/domain/transit/routing/distance-estimate.ts';
import type { NodeKind, TransitLeg, TransitMode, TransitNode } from '../src/domain/transit/model.ts';

/** The shapes of seed/reference/corridor.json and seed/transit/*.json, as far as the seed reads them. */
export type ReferenceCorridorNode = {
  id: string;
  name: string;
  type: string;
  country: string;
  lat: number | null;
  lon: number | null;
  coord_note?: string;
  note?: string;
  gauge_note?: string;
};
export type ReferenceCorridorEdge = {
  id: string;
  from: string;
  to: string;
  mode: TransitMode;
  status: TransitLeg['status'];
  distance_km: number | null;
  distance_source: string | null;
  great_circle_km: number | null;
  border_crossing: boolean;
  gauge_break: boolean;
  note?: string;
  status_note?: string;
};
export type ReferenceCorridor = { nodes: ReferenceCorridorNode[]; edges: ReferenceCorridorEdge[] };
type AddedNode = Pick<
  TransitNode,
  'id' | 'kind' | 'countries' | 'provinceId' | 'lat' | 'lon' | 'coordinatesNote' | 'note'
>;
type AddedLeg = { id: string; from: string; to: string; mode: TransitMode; note: string; crossesBorder?: boolean };
export type TransitAdditions = {
  names: Record<string, LocalizedText>;
  placed: Record<string, { lat: number; lon: number; coordinatesNote: string }>;
  provinces: Record<string, string>;
  nodes: AddedNode[];
  legs: AddedLeg[];
  portDrafts: Record<string, { maxDraftM: number; source: string }>;
};
export type PortFacts = { id: string; names: LocalizedText; provinceId: string | null };
export type ParameterSeed = { key: string; value: number; source: string | null; assumption: boolean; note: string };

const KIND_OF_TYPE: Record<string, NodeKind> = {
  port: 'port',
  city: 'city',
  border_crossing: 'border_crossing',
  rail_station: 'rail_station',
  rail_junction: 'rail_junction',
};

function corridorNode(
  node: ReferenceCorridorNode,
  additions: TransitAdditions,
  ports: ReadonlyMap<string, PortFacts>,
): TransitNode {
  const placed = additions.placed[node.id];
  const port = ports.get(node.id);
  const draft = additions.portDrafts[node.id];
  const kind = KIND_OF_TYPE[node.type];
  if (!kind) throw new Error(`corridor node ${node.id} has an unknown type ${node.type}`);
  if (!placed && (node.lat === null || node.lon === null))
    throw new Error(`corridor node ${node.id} has no position and none was placed`);
  return {
    id: node.id,
    kind,
    countries: node.country.split('/'),
    provinceId: port?.provinceId ?? additions.provinces[node.id] ?? null,
    names: port?.names ?? additions.names[node.id] ?? { en: node.name },
    lat: placed?.lat ?? node.lat!,
    lon: placed?.lon ?? node.lon!,
    // Every reference position is itself marked approximate by its compiler.
    coordinatesAssumed: true,
    coordinatesNote: placed?.coordinatesNote ?? node.coord_note ?? null,
    borderDwellHours: null,
    maxDraftM: draft?.maxDraftM ?? null,
    note:
      [node.note ?? node.gauge_note, draft ? `Draft limit ${draft.maxDraftM} m: ${draft.source}` : undefined]
        .filter(Boolean)
        .join(' — ') || null,
  };
}

function addedNode(node: AddedNode, additions: TransitAdditions): TransitNode {
  return {
    ...node,
    names: additions.names[node.id] ?? {},
    coordinatesAssumed: true,
    borderDwellHours: null,
    maxDraftM: null,
  };
}

/** A sea leg between two countries lands goods abroad: it crosses a border as much as a bridge does. */
function crossesBorder(edgeFlag: boolean, mode: TransitMode, from: TransitNode, to: TransitNode): boolean {
  if (mode !== 'sea') return edgeFlag;
  return from.countries.join('/') !== to.countries.join('/');
}

function leg(
  id: string,
  mode: TransitMode,
  from: TransitNode,
  to: TransitNode,
  fields: Partial<TransitLeg>,
): TransitLeg {
  return {
    id,
    fromNodeId: from.id,
    toNodeId: to.id,
    mode,
    status: 'operational',
    distanceKm: null,
    distanceSource: null,
    greatCircleKm: Math.round(greatCircleKm(from, to) * 10) / 10,
    crossesBorder: crossesBorder(false, mode, from, to),
    gaugeBreak: false,
    note: null,
    ...fields,
  };
}

export function buildTransitNetwork(
  corridor: ReferenceCorridor,
  additions: TransitAdditions,
  ports: readonly PortFacts[],
) {
  const portsById = new Map(ports.map((port) => [port.id, port]));
  const nodes = [
    ...corridor.nodes.map((node) => corridorNode(node, additions, portsById)),
    ...additions.nodes.map((node) => addedNode(node, additions)),
  ];
  const nodesById = new Map(nodes.map((node) => [node.id, node]));
  const endsOf = (id: string, from: string, to: string) => {
    const ends = [nodesById.get(from), nodesById.get(to)];
    if (!ends[0] || !ends[1]) throw new Error(`transit leg ${id} names an unknown node`);
    return ends as [TransitNode, TransitNode];
  };
  const legs = [
    ...corridor.edges.map((edge) => {
      const [from, to] = endsOf(edge.id, edge.from, edge.to);
      return leg(edge.id, edge.mode, from, to, {
        status: edge.status,
        distanceKm: edge.distance_km,
        distanceSource: edge.distance_km === null ? null : edge.distance_source,
        crossesBorder: crossesBorder(edge.border_crossing, edge.mode, from, to),
        gaugeBreak: edge.gauge_break,
        note: [edge.note, edge.status_note].filter(Boolean).join(' — ') || null,
      });
    }),
    ...additions.legs.map((added) => {
      const [from, to] = endsOf(added.id, added.from, added.to);
      return leg(added.id, added.mode, from, to, {
        note: added.note,
        crossesBorder: crossesBorder(added.crossesBorder ?? false, added.mode, from, to),
      });
    }),
  ];
  return { nodes, legs };
}
