import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../src/platform/testing/platform-process.ts';
import { ARTIFACTS_DIR, launchBrowser } from './support/browser.ts';

let server: RunningServer;
let browser: BrowserContext;
let page: Page;

beforeAll(async () => {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  server = await startServer({ port: 3314 });
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a Russian buyer searching for caviar', () => {
  it('types «икра» in the header and finds the Persian caviar offer, its language named', async () => {
    await page.goto(`${server.url}/ru/`);
    await page.locator('.site-search input').fill('икра');
    await page.locator('.site-search button[type=submit]').click();
    await page.getByTestId('search-hit').first().waitFor();
    expect(await page.getByTestId('search-concepts').innerText()).toContain('Икра');
    const persian = page.getByTestId('search-hit').filter({ has: page.locator('a[lang=fa]') });
    expect(await persian.count()).toBeGreaterThan(0);
    expect(await persian.first().getByTestId('hit-language').innerText()).toContain('персидский');
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'search-ru.png'), fullPage: true });
  });

  it('narrows the results to needs with a facet, and widens back', async () => {
    const all = await page.getByTestId('search-hit').count();
    const needs = page.locator('[data-facet=kind] button').filter({ hasText: 'Потребность' });
    await needs.click();
    await page.waitForURL(/kind=need/);
    await expect.poll(() => page.getByTestId('search-hit').count()).toBeLessThan(all);
    for (const hit of await page.getByTestId('search-hit').all())
      expect(await hit.locator('.search-type').innerText()).toBe('Потребность');
    await needs.click();
    await expect.poll(() => page.getByTestId('search-hit').count()).toBe(all);
  });
});

describe('a Persian need and its matches', () => {
  it('shows offers of other provinces with the delivery route, days and USD per tonne', async () => {
    const needs = await (await fetch(`${server.url}/api/items?kind=need&province=mazandaran&limit=100`)).json();
    const feed = needs.items.find((item: { hsCodes: string[] }) => item.hsCodes.includes('2301'));
    await page.goto(`${server.url}/fa/catalogue/${feed.id}`);
    await page.getByTestId('match-card').first().waitFor();
    const delivery = await page.getByTestId('match-delivery').first().innerText();
    expect(delivery).toMatch(/روز/);
    expect(delivery).toMatch(/\$/);
    const provinces = await page.locator('.match-from').allInnerTexts();
    expect(provinces.some((text) => text.includes('آستاراخان') || text.includes('مانگیستائو'))).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'matches-fa.png'), fullPage: true });
  });
});
