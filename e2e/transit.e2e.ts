import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, launchBrowser } from './support/browser.ts';
import { startServer, type RunningServer } from '../src/platform/testing/platform-process.ts';

let server: RunningServer;
let browser: BrowserContext;
let page: Page;

beforeAll(async () => {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  server = await startServer({ port: 3310 });
  browser = await launchBrowser('fa-IR');
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function scenarioId(englishName: string): Promise<string> {
  const { scenarios } = (await (await fetch(`${server.url}/api/transit/scenarios`)).json()) as {
    scenarios: { id: string; name: { en?: string } }[];
  };
  const scenario = scenarios.find((candidate) => candidate.name.en?.includes(englishName));
  if (!scenario) throw new Error(`no seeded scenario named ${englishName}`);
  return scenario.id;
}

/** Opens the planner and waits for its answer and for the network drawn on the map. */
async function openPlanner(locale: string, query: string) {
  await page.goto(`${server.url}/${locale}/transit?${query}`);
  await page.locator('[data-testid=transit-route-row], [data-testid=no-route]').first().waitFor();
  await page.locator('[data-testid=transit-network] path').first().waitFor();
}

async function routeLegIds(): Promise<string[]> {
  const toggles = page.locator('[data-testid=transit-route-row] button[aria-expanded=false]');
  while ((await toggles.count()) > 0) await toggles.first().click();
  return page
    .locator('[data-testid=route-steps] li[data-leg-id]')
    .evaluateAll((steps) => steps.map((step) => step.getAttribute('data-leg-id') ?? ''));
}

describe('the transit planner', () => {
  it('plans Gilan to Astrakhan in Persian: Pareto routes in Persian digits, the fastest drawn on the map', async () => {
    await openPlanner('fa', 'from=gilan&to=astrakhan&month=6');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    const rows = page.getByTestId('transit-route-row');
    expect(await rows.count()).toBeGreaterThan(1);
    const time = await rows.first().getByTestId('route-time').innerText();
    expect(time).toMatch(/[۰-۹]+ (روز|ساعت)/);
    expect(time).not.toMatch(/[0-9]/);
    expect(await rows.first().innerText()).toContain('سریع‌ترین');
    expect(await page.getByTestId('estimate-badge').count()).toBeGreaterThan(0);
    const drawn = page.getByTestId('transit-route-selected');
    expect(await drawn.locator('.transit-route__line').count()).toBeGreaterThan(1);
    expect(await drawn.locator('text').allTextContents()).toContain('بندر آستاراخان');
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'transit-rasht-astrakhan-fa.png'), fullPage: true });
  });

  it('draws another route when its row is chosen, and keeps the query in a link that reloads the same', async () => {
    await openPlanner('fa', 'from=gilan&to=astrakhan&month=6');
    const firstLegs = await page
      .locator('[data-testid=transit-route-selected] [data-leg-id]')
      .evaluateAll((legs) => legs.map((leg) => leg.getAttribute('data-leg-id')));
    await page.getByTestId('transit-route-row').last().locator('.transit-routes__pick').click();
    await page.locator('[data-testid=transit-route-row]:last-of-type.is-selected').waitFor();
    const lastLegs = await page
      .locator('[data-testid=transit-route-selected] [data-leg-id]')
      .evaluateAll((legs) => legs.map((leg) => leg.getAttribute('data-leg-id')));
    expect(lastLegs).not.toEqual(firstLegs);
    await page.reload();
    await page.getByTestId('transit-route-row').first().waitFor();
    expect(await page.locator('select[name=from]').inputValue()).toBe('gilan');
    expect(await page.locator('select[name=month]').inputValue()).toBe('6');
    expect(await page.getByTestId('plan-pdf').getAttribute('href')).toBe(
      '/api/transit/plan.pdf?from=gilan&to=astrakhan&cargo=container&month=6&tonnes=20&lang=fa',
    );
  });

  it('plans the same in Russian, with the legs explained', async () => {
    await openPlanner('ru', 'from=gilan&to=astrakhan&month=6');
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
    expect(await page.getByTestId('transit-route-row').first().getByTestId('route-time').innerText()).toMatch(
      /\d+ (сут\.|ч)/,
    );
    await page.getByTestId('transit-route-row').first().locator('button[aria-expanded]').click();
    const steps = await page.getByTestId('route-steps').innerText();
    expect(steps).toContain('Астраханский порт');
    expect(steps).toContain('по дуге большого круга × коэффициент извилистости');
    expect(await page.getByTestId('transit-route-selected').locator('text').allTextContents()).toContain(
      'Астраханский порт',
    );
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'transit-rasht-astrakhan-ru.png'), fullPage: true });
  });

  it('compares January with winter ice at Astrakhan and Olya: no ship reaches them, and the cheapest way costs more', async () => {
    await openPlanner('en', 'from=gilan&to=astrakhan&month=1');
    const baselineLegs = await routeLegIds();
    const intoIcedPortBySea = (legId: string) => /(ru-astrakhan|ru-olya)/.test(legId) && legId.endsWith('__sea');
    expect(baselineLegs.some(intoIcedPortBySea)).toBe(true);

    const ice = await scenarioId('Winter ice');
    await page.locator(`input[type=checkbox][data-scenario-id="${ice}"]`).click();
    await page.locator(`input[type=checkbox][data-scenario-id="${ice}"]:checked`).waitFor();
    const comparison = page.getByTestId('scenario-compare');
    await comparison.locator(`th[data-scenario-id="${ice}"]`).waitFor();
    await comparison.locator('td[data-metric=cheapestUsdPerTonne] .transit-change.is-worse').waitFor();
    expect(page.url()).toContain(`compare=${ice}`);

    await page.locator('select[name=scenario]').selectOption(ice);
    await page.getByTestId('transit-query').locator('button[type=submit]').click();
    await page.waitForURL(new RegExp(`scenario=${ice}`));
    // The rows of the baseline answer may still stand for a moment after the address changes: wait for the scenario's own.
    await expect
      .poll(async () => {
        const legIds = await routeLegIds();
        return legIds.length > 0 && !legIds.some(intoIcedPortBySea);
      })
      .toBe(true);
  });

  it('says why there is no route: with the Astara crossing closed, Astara port is cut off', async () => {
    const astaraClosed = await scenarioId('Astara border crossing closed');
    await openPlanner('ru', 'from=gilan&to=astrakhan');
    const form = page.getByTestId('transit-query');
    await form.locator('select[name=from]').selectOption('ir-astara');
    await form.locator('select[name=to]').selectOption('city-baku');
    await form.locator('select[name=scenario]').selectOption(astaraClosed);
    await form.locator('button[type=submit]').click();
    const noRoute = page.getByTestId('no-route');
    await noRoute.waitFor();
    expect(await noRoute.locator('strong').first().innerText()).toBe('Маршрута нет');
    expect(await noRoute.getByTestId('blocked-legs').innerText()).toContain(
      'Астара (Иран) — погранпереход Астара (автодорога): пункт на нём закрыт в этом сценарии',
    );
    expect(await page.getByTestId('transit-blocked-legs').locator('[data-leg-id]').count()).toBeGreaterThan(0);
  });
});
