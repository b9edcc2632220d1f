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
  server = await startServer({ port: 3301 });
  browser = await launchBrowser('ru-RU');
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function openHome(locale: string) {
  await page.goto(`${server.url}/${locale}/`);
  await page.getByTestId('panel').first().waitFor();
  await page.locator('svg a').first().waitFor();
}

describe('the public home page', () => {
  it('greets a Russian browser in Russian on its first visit', async () => {
    await page.goto(`${server.url}/`);
    await page.waitForURL(`${server.url}/ru/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
  });

  it('shows the 2025 summit in Persian, right to left, with Solar Hijri dates and Persian digits', async () => {
    await openHome('fa');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    const dates = await page.getByTestId('edition-dates').innerText();
    expect(dates).toContain('۲۷');
    expect(dates).toContain('آبان');
    expect(dates).toContain('۱۴۰۴');
    expect(await page.getByTestId('panel').count()).toBe(4);
    expect(await page.getByTestId('country').count()).toBe(5);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'home-fa.png'), fullPage: true });
  });

  it('shows it in Russian, left to right, with Gregorian dates', async () => {
    await openHome('ru');
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
    expect(await page.getByTestId('edition-dates').innerText()).toMatch(/18.+21 ноября 2025/);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'home-ru.png'), fullPage: true });
  });

  it('remembers the language chosen in the switcher', async () => {
    await openHome('ru');
    await page.getByTestId('language-switcher').selectOption('tk');
    await page.waitForURL(`${server.url}/tk/`);
    await page.goto(`${server.url}/`);
    await page.waitForURL(`${server.url}/tk/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('tk');
  });

  it('leads from a province on the map to its page, with sourced facts and its ports', async () => {
    await openHome('ru');
    await page.locator('svg a[data-province-id="gilan"]').click();
    await page.waitForURL(`${server.url}/ru/provinces/gilan`);
    await page.getByTestId('port').first().waitFor();
    expect(await page.getByTestId('port').count()).toBe(3);
    expect(await page.locator('.source a').count()).toBeGreaterThan(0);
  });

  it('serves its fonts and scripts itself, asking nothing of the internet', async () => {
    const foreign: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(server.url) && !request.url().startsWith('data:')) foreign.push(request.url());
    });
    await openHome('fa');
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.fonts.check('16px Vazirmatn', 'استان'))).toBe(true);
    expect(foreign).toEqual([]);
  });
});
