import { describe, expect, it } from 'vitest';
import { PARAMETER_DEFINITIONS } from '../../../src/domain/transit/network/parameters.ts';
import type { TransitParameter } from '../api/types.ts';
import { costMatrix, groupParameters } from './parameter-groups.ts';

const parameter = (key: string, value = 1): TransitParameter => ({
  key,
  value,
  unit: 'hours',
  min: 0,
  max: 10,
  minExclusive: false,
  source: null,
  assumption: true,
  note: null,
  updatedAt: '2025-11-01T00:00:00.000Z',
});
const everyParameter = PARAMETER_DEFINITIONS.map((definition) => parameter(definition.key));

describe('grouping the parameters', () => {
  it('puts every parameter of the model in a named group, none in "other"', () => {
    const groups = groupParameters([...everyParameter].reverse());
    expect(groups.map((group) => group.id)).toEqual(['speed', 'detour', 'cost', 'co2', 'handling', 'border', 'draft']);
    expect(groups.flatMap((group) => group.parameters).length).toBe(everyParameter.length);
  });

  it('orders each per-mode group rail, road, sea whatever order the server sends', () => {
    const [speed] = groupParameters([
      parameter('speed_kmh.sea'),
      parameter('speed_kmh.rail'),
      parameter('speed_kmh.road'),
    ]);
    expect(speed?.parameters.map((item) => item.key)).toEqual(['speed_kmh.rail', 'speed_kmh.road', 'speed_kmh.sea']);
  });

  it('keeps a time next to its cost in the handling group', () => {
    const handling = groupParameters(everyParameter).find((group) => group.id === 'handling');
    expect(handling?.parameters.slice(0, 2).map((item) => item.key)).toEqual([
      'port_handling_hours',
      'port_handling_usd_per_tonne',
    ]);
  });

  it('shows a parameter the page does not know under "other" instead of dropping it', () => {
    const groups = groupParameters([parameter('speed_kmh.rail'), parameter('ferry_waiting_hours')]);
    expect(groups.at(-1)).toMatchObject({ id: 'other', parameters: [{ key: 'ferry_waiting_hours' }] });
  });
});

describe('the freight rate matrix', () => {
  it('has a row per mode and a column per cargo type, with the rate in its cell', () => {
    const matrix = costMatrix([
      parameter('cost_usd_per_tonne_km.sea.bulk', 0.015),
      parameter('cost_usd_per_tonne_km.rail.container', 0.05),
    ]);
    expect(matrix.rows.map((row) => row.mode)).toEqual(['rail', 'road', 'sea']);
    expect(matrix.cargoTypes).toEqual(['container', 'bulk', 'liquid', 'reefer']);
    expect(matrix.rows[2]?.cells[1]).toMatchObject({ cargo: 'bulk', parameter: { value: 0.015 } });
    expect(matrix.rows[0]?.cells[0]).toMatchObject({ cargo: 'container', parameter: { value: 0.05 } });
  });

  it('leaves the cell of a missing rate empty', () => {
    expect(costMatrix([]).rows[1]?.cells[3]).toEqual({ cargo: 'reefer', parameter: null });
  });
});
