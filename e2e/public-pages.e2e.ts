import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, launchBrowser } from './support/browser.ts';
import { startServer, type RunningServer } from '../src/platform/testing/platform-process.ts';

let server: RunningServer;
let browser: BrowserContext;
let page: Page;
/** Whatever the content security policy refused on any page of this journey. */
const policyViolations: string[] = [];

beforeAll(async () => {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  server = await startServer({ port: 3301 });
  browser = await launchBrowser('ru-RU');
  page = await browser.newPage();
  await page.exposeFunction('reportPolicyViolation', (violation: string) => policyViolations.push(violation));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportPolicyViolation: (violation: string) => void }).reportPolicyViolation(
        `${event.violatedDirective} ${event.blockedURI} on ${location.pathname}`,
      ),
    ),
  );
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
      policyViolations.push(message.text());
  });
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

describe('the security headers', () => {
  it('come with every page, and the pages and the API docs work under the content policy', async () => {
    for (const path of ['/fa/', '/en/sign-in', '/en/provinces/gilan']) {
      const response = await page.goto(`${server.url}${path}`);
      const headers = response!.headers();
      expect(headers['content-security-policy'], path).toMatch(/script-src 'self'(;|$)/);
      expect(headers['content-security-policy'], path).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
      expect(headers['x-frame-options'], path).toBe('DENY');
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
      // Served over plain HTTP, so no HSTS: a browser ignores it there and a proxy adds HTTPS.
      expect(headers['strict-transport-security'], path).toBeUndefined();
      await page.locator('main').first().waitFor();
    }
    await openHome('ru');
    await page.locator('svg a[data-province-id="gilan"]').waitFor();
    const docs = await page.goto(`${server.url}/api/docs`);
    expect(docs!.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await page.locator('.swagger-ui .info .title').waitFor();
    await page.locator('.swagger-ui .opblock').first().waitFor();
    expect(policyViolations).toEqual([]);
  });
});
