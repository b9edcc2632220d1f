import { describe, expect, it } from 'vitest';
import { composePlanDocument, type PlanSection } from './plan-document.ts';
import { planInput, SEA_ROUTE } from './plan-test-fixture.ts';

const columnOf = (section: PlanSection, header: string) =>
  section.table.columns.findIndex((column) => column.header === header);

describe('the content of a transit plan', () => {
  it('tells a route’s time in days and hours, and a short one in hours alone', () => {
    const short = { ...SEA_ROUTE, totals: { ...SEA_ROUTE.totals, hours: 5.4 } };
    const { summary } = composePlanDocument(planInput('en', { routes: [SEA_ROUTE, short] }));
    const time = columnOf(summary, 'Time');
    expect(summary.table.rows.map((row) => row[time]!.text)).toEqual(['3 d 6 h', '5 h']);
    expect(summary.table.rows[0]![time]!.number?.value).toBe(77.6);
  });

  it('writes Persian digits, the month of travel as a Gregorian month and the date in the Solar Hijri calendar', () => {
    const { facts, summary } = composePlanDocument(planInput('fa'));
    const [cargo, month, tonnes, , version, generated] = facts.rows[0]!;
    expect(cargo!.text).toBe('کانتینر');
    expect(month!.text).toBe('مارس');
    expect(tonnes!.text).toBe('۱٬۲۰۰');
    expect(version!.text).toBe('۱۴');
    expect(generated!.text).toContain('۲۷ آبان ۱۴۰۴');
    expect(summary.table.rows[0]![columnOf(summary, 'هزینه، دلار بر تن')]!.text).toBe('۴۸٫۵۰');
  });

  it('counts cost and CO2 for the whole consignment as well as per tonne', () => {
    const { summary } = composePlanDocument(planInput('en', { query: { ...planInput('en').query, tonnes: 250 } }));
    const [sea] = summary.table.rows;
    expect(sea![columnOf(summary, 'Cost in total, USD')]!.number?.value).toBeCloseTo(48.5 * 250);
    expect(sea![columnOf(summary, 'CO2 in total, kg')]!.number?.value).toBeCloseTo(12.4 * 250);
    expect(sea![columnOf(summary, 'of which estimated, km')]!.text).toBe('1,230');
  });

  it('flags an estimated leg and lists the handling and waits met on it', () => {
    const [seaRoute] = composePlanDocument(planInput('en')).routes;
    const [road, sea] = seaRoute!.table.rows;
    const estimate = columnOf(seaRoute!, 'Estimate');
    expect(road![estimate]!.text).toBe('');
    expect(sea![estimate]!.text).toBe('≈ estimate');
    expect(sea![columnOf(seaRoute!, 'Handling and waits')]!.text.split('\n')).toEqual([
      'Loading at the port, Anzali port: 12.0 h, 6.00 USD/t',
      'Unloading at the port, Astrakhan port: 12.0 h, 6.00 USD/t',
      'Border wait, Astrakhan port: 4.0 h, 3.00 USD/t',
    ]);
    expect(seaRoute!.heading).toBe('Route 1: fastest and fewest borders');
  });

  it('gives each parameter its source or marks it as an assumption', () => {
    const { parameters } = composePlanDocument(planInput('en'));
    const basisOf = (key: string) => parameters.table.rows.find((row) => row[1]!.text === key)![4]!.text;
    expect(basisOf('speed_kmh.rail')).toBe('source: RZD tariff guide 2024');
    expect(basisOf('detour_factor.rail')).toBe('assumption');
    expect(parameters.table.rows[4]![0]!.text).toBe('Freight rate (sea, container)');
  });

  it('explains estimates with the detour factor of each mode', () => {
    const [estimateNote] = composePlanDocument(planInput('en')).summary.notes;
    expect(estimateNote).toContain('(rail × 1.30, road × 1.25, and sea × 1.15)');
  });

  it('names the scenario, or the baseline network when there is none', () => {
    const scenarioOf = (scenarioName: string | null) =>
      composePlanDocument(planInput('ru', { query: { ...planInput('ru').query, scenarioName } })).facts.rows[0]![3]!
        .text;
    expect(scenarioOf(null)).toBe('базовая сеть (без сценария)');
    expect(scenarioOf('Астара закрыта')).toBe('Астара закрыта');
  });
});
