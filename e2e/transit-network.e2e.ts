import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TransitNetwork, TransitParameters } from '../web/src/api/types.ts';
import { startServer, TEST_ADMIN, type RunningServer } from '../src/platform/testing/platform-process.ts';
import { ARTIFACTS_DIR, launchBrowser, signInThroughForm } from './support/browser.ts';

let server: RunningServer;
let browser: BrowserContext;
let page: Page;

const RASHT_ASTARA_RAIL = 'city-rasht__bc-astara__rail';

beforeAll(async () => {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  server = await startServer({ port: 3312 });
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const shot = (name: string) =>
  page.screenshot({ path: join(ARTIFACTS_DIR, `transit-network-${name}.png`), fullPage: true });
const getJson = <T>(path: string) => page.evaluate(async (url) => (await fetch(url)).json(), path) as Promise<T>;
const parameterValue = async (key: string) =>
  (await getJson<TransitParameters>('/api/transit/parameters')).parameters.find((parameter) => parameter.key === key)
    ?.value;

describe('the secretariat keeps the transit network, in Persian', () => {
  it('sees every assumption of the cost model marked as one', async () => {
    await signInThroughForm(page, server.url, 'fa', TEST_ADMIN);
    await page.goto(`${server.url}/fa/admin/transit`);
    await page.getByTestId('network-version').waitFor();
    const { parameters } = await getJson<TransitParameters>('/api/transit/parameters');
    const assumptions = parameters.filter((parameter) => parameter.assumption).length;
    expect(assumptions).toBeGreaterThan(0);
    expect(await page.locator('#parameters').getByTestId('assumption-badge').count()).toBe(assumptions);
    expect(
      await page.locator('tr[data-parameter-key="speed_kmh.rail"]').getByTestId('assumption-badge').innerText(),
    ).toBe('فرض');
    await shot('fa');
  });

  it('is refused a rail speed of 0, in Persian, next to the value', async () => {
    const speedBefore = await parameterValue('speed_kmh.rail');
    await page.locator('tr[data-parameter-key="speed_kmh.rail"] button').click();
    const form = page.getByTestId('parameter-form');
    await form.locator('input[name=value]').fill('0');
    await form.locator('button[type=submit]').click();
    const message = form.locator('.field-errors[data-path=value]');
    await message.waitFor();
    expect(await message.innerText()).toMatch(/باید.*۱۲۰/);
    expect(await parameterValue('speed_kmh.rail')).toBe(speedBefore);
  });

  it('sets the rail speed to 30 km/h', async () => {
    const form = page.getByTestId('parameter-form');
    await form.locator('input[name=value]').fill('30');
    await form.locator('button[type=submit]').click();
    await form.waitFor({ state: 'detached' });
    expect(await parameterValue('speed_kmh.rail')).toBe(30);
    await page.locator('tr[data-parameter-key="speed_kmh.rail"]', { hasText: '۳۰' }).waitFor();
  });

  it('marks the Rasht–Astara railway operational', async () => {
    const before = await getJson<TransitNetwork>('/api/transit/network');
    expect(before.legs.find((leg) => leg.id === RASHT_ASTARA_RAIL)?.status).not.toBe('operational');
    await page.locator(`tr[data-leg-id="${RASHT_ASTARA_RAIL}"] select[name=status]`).selectOption('operational');
    await page.locator(`tr[data-leg-id="${RASHT_ASTARA_RAIL}"][data-status=operational]`).waitFor();

    const after = await getJson<TransitNetwork>('/api/transit/network');
    const leg = after.legs.find((candidate) => candidate.id === RASHT_ASTARA_RAIL);
    expect(leg?.status).toBe('operational');
    expect(leg?.distanceKm).toBe(before.legs.find((candidate) => candidate.id === RASHT_ASTARA_RAIL)?.distanceKm);
    expect(after.version).toBeGreaterThan(before.version);
    expect(await page.getByTestId('network-version').getAttribute('data-version')).toBe(String(after.version));
  });
});
