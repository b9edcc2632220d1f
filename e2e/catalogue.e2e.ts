import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, TEST_ADMIN, type RunningServer } from '../src/platform/testing/platform-process.ts';
import { ARTIFACTS_DIR, launchBrowser, signInThroughForm } from './support/browser.ts';

let server: RunningServer;
let browser: BrowserContext;
let page: Page;

const NEED_TITLE = 'Нужны два буксира для порта Оля';
const NEED_DESCRIPTION = 'Порту Оля на зиму нужны два буксира мощностью от 2 000 л. с. для проводки судов во льдах.';
// A 1×1 PNG: an attachment the server recognises by its content.
const PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

beforeAll(async () => {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  server = await startServer({ port: 3304 });
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Waits until the chart chunk has loaded and drawn its bars. */
async function waitForChart(target: Page) {
  await target.getByTestId('sector-chart').locator('svg text').first().waitFor();
}

describe('a need written in Russian by the delegate of Astrakhan', () => {
  let itemUrl = '';

  it('is written through the form by a delegate the secretariat invited', async () => {
    await signInThroughForm(page, server.url, 'en', TEST_ADMIN);
    const link = await page.evaluate(async () => {
      const session = await (await fetch('/api/auth/session')).json();
      const response = await fetch('/api/invites', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: JSON.stringify({
          email: 'delegate@astrakhan.example',
          role: 'delegation_member',
          provinceId: 'astrakhan',
        }),
      });
      return (await response.json()).link as string;
    });
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.goto(`${server.url}${new URL(link).pathname.replace(/^\/[a-z]{2}\//, '/ru/')}`);
    await page.locator('main form input').first().fill('Иван Петров');
    await page.locator('main form input[type=password]').fill('a long enough password');
    await page.locator('main form button[type=submit]').click();
    await page.getByTestId('signed-in-as').waitFor();

    await page.goto(`${server.url}/ru/catalogue/new`);
    const form = page.getByTestId('item-form');
    await form.waitFor();
    expect(await form.locator('select[name=provinceId]').inputValue()).toBe('astrakhan');
    expect(await form.locator('select[name=language]').inputValue()).toBe('ru');
    await form.locator('input[name=kind][value=need]').check();
    await form.locator('input[name="title.ru"]').fill(NEED_TITLE);
    await form.locator('textarea[name="description.ru"]').fill(NEED_DESCRIPTION);
    await form.locator('input[value="transit_logistics.sea_shipping"]').check();
    await form.locator('input[name=hsCodes]').fill('8904');
    await form.locator('input[name="quantity.amount"]').fill('2');
    await form.locator('select[name="quantity.unit"]').selectOption('pcs');
    await form.locator('select[name="quantity.period"]').selectOption('once');
    await form.locator('input[name="value.min"]').fill('1500000');
    await form.locator('input[name="value.max"]').fill('3000000');
    await form.locator('select[name="value.currency"]').selectOption('USD');
    await form.locator('.months input[type=checkbox]').nth(11).check();
    await form.locator('.months input[type=checkbox]').nth(0).check();
    await form.locator('input[name=validFrom]').fill('2026-11-01');
    await form.locator('input[name=validUntil]').fill('2027-03-31');
    await form.getByTestId('publish-item').click();
    await page.waitForURL(/\/ru\/catalogue\/[0-9a-f-]{36}$/);
    itemUrl = page.url();

    const detail = page.getByTestId('catalogue-detail');
    await detail.locator('h1').waitFor();
    expect(await detail.locator('h1').innerText()).toBe(NEED_TITLE);
    expect(await page.getByTestId('item-quantity').innerText()).toBe('2 штуки единовременно');
    expect(await page.getByTestId('missing-translations').innerText()).toContain('персидский');
    await page.getByTestId('item-history').locator('tbody tr').first().waitFor();
  });

  it('carries a picture its author attached', async () => {
    await page
      .getByTestId('attachment-upload')
      .locator('input[type=file]')
      .setInputFiles({ name: 'буксир.png', mimeType: 'image/png', buffer: PIXEL_PNG });
    await page.getByTestId('attachment-upload').locator('button[type=submit]').click();
    await page.getByTestId('attachments').locator('img').waitFor();
    expect(await page.getByTestId('attachments').innerText()).toContain('буксир.png');
  });

  it('shows in the Russian list beside the chart of sectors', async () => {
    await page.goto(`${server.url}/ru/catalogue`);
    await page.getByTestId('catalogue-item').first().waitFor();
    expect(await page.getByTestId('catalogue-items').innerText()).toContain(NEED_TITLE);
    await waitForChart(page);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'catalogue-ru.png'), fullPage: true });
  });

  it('is found by a Persian reader, with the language of its title named', async () => {
    const persian = await launchBrowser('fa-IR');
    try {
      const reader = await persian.newPage();
      await reader.goto(`${server.url}/fa/catalogue`);
      await reader.getByTestId('catalogue-item').first().waitFor();
      await waitForChart(reader);
      expect(await reader.getByTestId('sector-table').innerText()).toMatch(/[۰-۹]/);
      await reader.screenshot({ path: join(ARTIFACTS_DIR, 'catalogue-fa.png'), fullPage: true });

      const filters = reader.getByTestId('catalogue-filters');
      await filters.locator('select[name=country]').selectOption('RU');
      await filters.locator('select[name=province]').selectOption('astrakhan');
      await filters.locator('select[name=kind]').selectOption('need');
      await filters.locator('button[type=submit]').click();
      await reader.waitForURL(/[?&]province=astrakhan/);
      expect(reader.url()).toContain('kind=need');
      const row = reader.getByTestId('catalogue-item').filter({ hasText: NEED_TITLE });
      await row.waitFor();
      expect(await row.getByTestId('language-note').innerText()).toContain('روسی');

      await row.getByRole('link').first().click();
      await reader.waitForURL(itemUrl.replace('/ru/', '/fa/'));
      const note = reader.getByTestId('catalogue-detail').locator('h1').getByTestId('language-note');
      await note.waitFor();
      expect(await note.innerText()).toContain('روسی');
      expect(await reader.getByTestId('item-languages').innerText()).toContain('روسی');
      expect(await reader.getByTestId('author-tools').count()).toBe(0);
      await reader.getByTestId('attachments').locator('img').waitFor();
      await reader.screenshot({ path: join(ARTIFACTS_DIR, 'catalogue-item-fa.png'), fullPage: true });
    } finally {
      await persian.close();
    }
  });
});
