import { describe, expect, it } from 'vitest';
import { provinceNodeIds } from '../src/domain/transit/planning/province-transit.ts';
import { loadTransitSeed } from './seed-transit.ts';
import { loadSeedData } from './seed-database.ts';

const { network, parameters, scenarios } = loadTransitSeed();
const nodesById = new Map(network.nodes.map((node) => [node.id, node]));

describe('the seeded transit network', () => {
  it('puts every participating province on the network', () => {
    for (const province of loadSeedData().provinceRows)
      expect(provinceNodeIds(network.nodes, province.id), province.id).not.toEqual([]);
  });

  it("keeps the reference distances and sources, and marks every added leg as the team's estimate", () => {
    const qazvinRasht = network.legs.find((leg) => leg.id === 'city-qazvin__city-rasht__rail')!;
    expect(qazvinRasht).toMatchObject({ distanceKm: 164, status: 'operational' });
    expect(qazvinRasht.distanceSource).toContain('trend.az');
    expect(network.legs.find((leg) => leg.id === 'city-rasht__bc-astara__rail')!.status).toBe('planned');
    const added = network.legs.filter((leg) => leg.note?.startsWith('Added by the Caspian Bridge team'));
    expect(added.length).toBeGreaterThan(10);
    expect(added.every((leg) => leg.distanceKm === null)).toBe(true);
  });

  it('gives every node a position and every leg a straight-line distance for the estimate', () => {
    expect(network.nodes.every((node) => Number.isFinite(node.lat) && Number.isFinite(node.lon))).toBe(true);
    expect(
      network.legs.every(
        (leg) => leg.greatCircleKm !== null && nodesById.has(leg.fromNodeId) && nodesById.has(leg.toNodeId),
      ),
    ).toBe(true);
    expect(nodesById.get('ir-caspian-port')!.coordinatesNote).toContain('placed by the Caspian Bridge team');
  });

  it('counts a sea leg between two countries as a border crossing and one within a country as none', () => {
    expect(network.legs.find((leg) => leg.id === 'ir-anzali__ru-astrakhan__sea')!.crossesBorder).toBe(true);
    expect(network.legs.find((leg) => leg.id === 'ru-makhachkala__ru-astrakhan__rail')!.crossesBorder).toBe(false);
    expect(network.legs.find((leg) => leg.id === 'city-lankaran__bc-astara__road')!.crossesBorder).toBe(true);
  });

  it('names every node in all six languages', () => {
    for (const node of network.nodes)
      expect(Object.keys(node.names).sort(), node.id).toEqual(['az', 'en', 'fa', 'kk', 'ru', 'tk']);
  });

  it('sources every parameter or marks it as an assumption, and names the scenarios in six languages', () => {
    expect(parameters.every((parameter) => parameter.assumption || parameter.source !== null)).toBe(true);
    for (const scenario of scenarios)
      expect(Object.keys(scenario.name).sort()).toEqual(['az', 'en', 'fa', 'kk', 'ru', 'tk']);
  });
});
