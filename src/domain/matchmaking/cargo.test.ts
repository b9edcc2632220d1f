import { describe, expect, it } from 'vitest';
import { cargoOf } from './cargo.ts';

describe('how an item’s goods travel', () => {
  it('reads the cargo from the HS chapter first', () => {
    expect(cargoOf({ hsCodes: ['1604'], taxonomyCodes: ['trade_industry.machinery_equipment'] })).toBe('reefer');
    expect(cargoOf({ hsCodes: ['2711'], taxonomyCodes: [] })).toBe('liquid');
    expect(cargoOf({ hsCodes: ['1006'], taxonomyCodes: [] })).toBe('bulk');
    expect(cargoOf({ hsCodes: ['8429'], taxonomyCodes: [] })).toBe('container');
  });

  it('falls back to the subcategory, then the sector, for goods named without an HS code', () => {
    expect(cargoOf({ hsCodes: [], taxonomyCodes: ['agriculture_food.grain_cereals'] })).toBe('bulk');
    expect(cargoOf({ hsCodes: [], taxonomyCodes: ['fisheries_aquaculture.aquaculture'] })).toBe('reefer');
    expect(cargoOf({ hsCodes: [], taxonomyCodes: ['agriculture_food.tea'] })).toBe('container');
  });

  it('finds nothing under codes that are names of Object’s prototype', () => {
    expect(cargoOf({ hsCodes: [], taxonomyCodes: ['constructor', '__proto__.toString', 'hasOwnProperty'] })).toBeNull();
  });

  it('carries no cargo for a service, a project or electricity', () => {
    expect(cargoOf({ hsCodes: [], taxonomyCodes: ['tourism.health_tourism'] })).toBeNull();
    expect(cargoOf({ hsCodes: [], taxonomyCodes: ['energy.electricity'] })).toBeNull();
    expect(cargoOf({ hsCodes: [], taxonomyCodes: [] })).toBeNull();
  });
});
