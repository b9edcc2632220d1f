import { describe, expect, it } from 'vitest';
import { compareIdsFrom, planExportPath, queryFromSearch, routesQuery, searchOfQuery } from './transit-query.ts';

const JUNE = 6;

describe('the planner query in the address', () => {
  it('starts from the Gilan–Astrakhan container example in the current month', () => {
    expect(queryFromSearch(new URLSearchParams(), JUNE)).toEqual({
      from: 'gilan',
      to: 'astrakhan',
      cargo: 'container',
      month: JUNE,
      tonnes: 20,
      scenario: '',
    });
  });

  it('replaces an unknown cargo, a month outside 1–12 and absurd tonnes by the defaults', () => {
    const query = queryFromSearch(
      new URLSearchParams('from=city-rasht&to=kz-aktau&cargo=gold&month=13&tonnes=-5'),
      JUNE,
    );
    expect(query).toMatchObject({ from: 'city-rasht', to: 'kz-aktau', cargo: 'container', month: JUNE, tonnes: 20 });
    expect(queryFromSearch(new URLSearchParams('month=1.5&tonnes=abc'), JUNE)).toMatchObject({
      month: JUNE,
      tonnes: 20,
    });
  });

  it('keeps what the API accepts: any tonnage above zero up to a million, months 1 to 12', () => {
    const read = (search: string) => queryFromSearch(new URLSearchParams(search), JUNE);
    expect(read('tonnes=0.5&month=1')).toMatchObject({ tonnes: 0.5, month: 1 });
    expect(read('tonnes=1000000&month=12')).toMatchObject({ tonnes: 1_000_000, month: 12 });
    expect(read('tonnes=0&month=0')).toMatchObject({ tonnes: 20, month: JUNE });
    expect(read('tonnes=1000001')).toMatchObject({ tonnes: 20 });
  });

  it('survives a reload: what it writes it reads back, with the scenarios chosen for comparison', () => {
    const query = {
      from: 'mangystau',
      to: 'hormozgan',
      cargo: 'reefer' as const,
      month: 1,
      tonnes: 12.5,
      scenario: 'abc',
    };
    const search = searchOfQuery(query, ['s1', 's2']);
    expect(queryFromSearch(search, JUNE)).toEqual(query);
    expect(compareIdsFrom(search)).toEqual(['s1', 's2']);
  });

  it('reads each compared scenario once, ignoring empty entries', () => {
    expect(compareIdsFrom(new URLSearchParams('compare=a,,b,a'))).toEqual(['a', 'b']);
  });

  it('asks the API for the baseline without a scenario parameter, and for a scenario when given one', () => {
    const query = queryFromSearch(new URLSearchParams('from=gilan&to=dagestan&month=2'), JUNE);
    expect(routesQuery(query)).toEqual({ from: 'gilan', to: 'dagestan', cargo: 'container', month: 2, tonnes: 20 });
    expect(routesQuery(query, 'ice')).toEqual({ ...routesQuery(query), scenario: 'ice' });
    expect(routesQuery({ ...query, scenario: 'ice' }, '')).not.toHaveProperty('scenario');
  });

  it("exports the same query as a plan in the reader's language", () => {
    const query = queryFromSearch(new URLSearchParams('from=gilan&to=astrakhan&month=3&scenario=s9'), JUNE);
    expect(planExportPath('pdf', query, 'fa')).toBe(
      '/api/transit/plan.pdf?from=gilan&to=astrakhan&cargo=container&month=3&tonnes=20&scenario=s9&lang=fa',
    );
    expect(planExportPath('xlsx', query, 'ru')).toMatch(/^\/api\/transit\/plan\.xlsx\?.*&lang=ru$/);
  });
});
