import { describe, expect, it } from 'vitest';
import { LOCALES } from '../src/platform/i18n/locales.ts';
import { localized } from './build-seed.ts';
import { loadSeedData } from './seed-database.ts';

const { provinceRows, portRows, summitRows } = loadSeedData();

describe('localized seed text', () => {
  it("keeps the reference data's own text over the team's translation", () => {
    expect(localized({ fa: 'رشت', de: 'Rascht' }, { fa: 'ترجمه', ru: 'Решт' })).toEqual({ fa: 'رشت', ru: 'Решт' });
  });

  it('drops empty texts rather than storing blanks', () => {
    expect(localized({ en: '  ' }, { ru: '' })).toEqual({});
  });
});

describe('the 2025 seed', () => {
  it('has twelve provinces, each with its name in all six languages', () => {
    expect(provinceRows).toHaveLength(12);
    for (const province of provinceRows)
      expect(Object.keys(province.names).sort(), province.id).toEqual([...LOCALES].sort());
  });

  it('keeps a source, or an explicit null, beside every figure', () => {
    for (const row of [...provinceRows, ...portRows]) {
      for (const fact of row.facts) expect(fact, `${row.id} ${fact.key}`).toHaveProperty('source');
    }
    const gilanArea = provinceRows
      .find((province) => province.id === 'gilan')!
      .facts.find((fact) => fact.key === 'area_km2');
    expect(gilanArea).toMatchObject({ value: 14042, unit: 'km2', asOf: '2016' });
    expect(gilanArea?.source).toContain('Gilan');
  });

  it('splits a port record holding tonnes and TEU into two sourced facts', () => {
    const turkmenbashi = portRows.find((port) => port.id === 'tm-turkmenbashi')!;
    const capacity = turkmenbashi.facts.filter((fact) => fact.key === 'capacity');
    expect(capacity.map((fact) => fact.unit).sort()).toEqual(['t_per_year', 'teu_per_year']);
    expect(new Set(capacity.map((fact) => fact.source)).size).toBe(1);
  });

  it('leaves a port without coordinates unplaced rather than guessing', () => {
    expect(portRows.find((port) => port.id === 'ir-caspian-port')).toMatchObject({ lat: null, lon: null });
  });

  it('dates the edition 18–21 November 2025 in Tehran time and names Rasht in the host capital languages', () => {
    expect(summitRows.edition).toMatchObject({ startsOn: '2025-11-18', endsOn: '2025-11-21', timeZone: 'Asia/Tehran' });
    expect(summitRows.edition.city).toMatchObject({ en: 'Rasht', fa: 'رشت', ru: 'Решт' });
  });

  it('gives panels ids scoped to their edition so later editions can reuse panel names', () => {
    expect(summitRows.panels.map((panel) => panel.id)).toContain('caspian-governors-summit-2025/panel-2-transit');
  });
});
