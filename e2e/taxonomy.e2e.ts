import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, TEST_ADMIN, type RunningServer } from '../src/platform/testing/platform-process.ts';
import { ARTIFACTS_DIR, launchBrowser, signInThroughForm } from './support/browser.ts';

let server: RunningServer;
let browser: BrowserContext;
let page: Page;

beforeAll(async () => {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  server = await startServer({ port: 3303 });
  browser = await launchBrowser();
  page = await browser.newPage();
  await signInThroughForm(page, server.url, 'ru', TEST_ADMIN);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the secretariat keeping the taxonomy in Russian', () => {
  it('adds a subcategory under a sector, with its Russian label', async () => {
    await page.goto(`${server.url}/ru/admin/taxonomy`);
    const form = page.getByTestId('add-subcategory');
    await form.locator('select').selectOption('energy');
    await form.locator('input').nth(0).fill('hydrogen');
    await form.locator('input').nth(1).fill('Водород');
    await form.locator('input').nth(2).fill('2804');
    await form.locator('button[type=submit]').click();
    const row = page.locator('tr[data-code="energy.hydrogen"]');
    await row.waitFor();
    expect(await row.innerText()).toContain('Водород');
  });

  it('retires a subcategory, which then shows as retired', async () => {
    const row = page.locator('tr[data-code="tourism.health_tourism"]');
    await row.getByRole('button', { name: 'Вывести из употребления' }).click();
    await row.locator('.badge').waitFor();
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'taxonomy-ru.png'), fullPage: true });
    const api = await (await fetch(`${server.url}/api/taxonomy/tourism.health_tourism`)).json();
    expect(api.retired).toBe(true);
  });
});
