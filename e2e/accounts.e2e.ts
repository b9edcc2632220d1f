import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, launchBrowser, signInThroughForm } from './support/browser.ts';
import { TEST_ADMIN, startServer, type RunningServer } from '../src/platform/testing/platform-process.ts';

let server: RunningServer;
let browser: BrowserContext;
let page: Page;

beforeAll(async () => {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  server = await startServer({ port: 3302 });
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const signIn = (email: string, password: string) => signInThroughForm(page, server.url, 'en', { email, password });

describe('an invited delegate of Astrakhan', () => {
  let inviteLink = '';

  it('is invited by the secretariat with a one-time link shown on screen', async () => {
    await signIn(TEST_ADMIN.email, TEST_ADMIN.password);
    await page.getByTestId('signed-in-as').waitFor();
    await page.goto(`${server.url}/en/admin/users`);
    const form = page.getByTestId('invite-form');
    await form.locator('input[type=email]').fill('delegate@astrakhan.example');
    await form.locator('select').nth(1).selectOption('astrakhan');
    await form.locator('button[type=submit]').click();
    inviteLink = await page.getByTestId('invite-link').innerText();
    expect(inviteLink).toMatch(/\/invite\/[\w-]{20,}$/);
    await page.getByRole('button', { name: 'Sign out' }).click();
  });

  it('accepts the invitation in Russian and writes the overview of their province', async () => {
    await page.goto(inviteLink.replace('/en/', '/ru/'));
    await page.locator('main form input').first().fill('Иван Петров');
    await page.locator('main form input[type=password]').fill('a long enough password');
    await page.locator('main form button[type=submit]').click();
    await page.getByTestId('signed-in-as').waitFor();
    await page.goto(`${server.url}/ru/provinces/astrakhan`);
    const overview = page.getByTestId('edit-overview');
    await overview.locator('textarea').fill('Астраханская область — северные ворота коридора Север–Юг.');
    await overview.locator('button[type=submit]').click();
    await overview.locator('[role=status]').waitFor();
  });

  it('cannot edit another province: no editor on the page, and 403 from the API', async () => {
    await page.goto(`${server.url}/ru/provinces/gilan`);
    await page.getByTestId('port').first().waitFor();
    expect(await page.locator('textarea').count()).toBe(0);
    const status = await page.evaluate(async () => {
      const session = await (await fetch('/api/auth/session')).json();
      const response = await fetch('/api/provinces/gilan', {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: JSON.stringify({ overview: { ru: 'чужой текст' } }),
      });
      return { status: response.status, code: (await response.json()).code };
    });
    expect(status).toEqual({ status: 403, code: 'forbidden' });
  });

  it('is read by a Persian reader with the language of the text named', async () => {
    await page.goto(`${server.url}/fa/provinces/astrakhan`);
    const note = page.getByTestId('language-note').first();
    await note.waitFor();
    expect(await note.innerText()).toContain('روسی');
  });
});

describe('a restart', () => {
  it('keeps every row and seeds nothing twice', async () => {
    await server.stop();
    server = await startServer({ port: 3302, dataDir: server.dataDir });
    const astrakhan = await (await fetch(`${server.url}/api/provinces/astrakhan`)).json();
    expect(astrakhan.overview.ru).toContain('Астраханская область');
    expect(await (await fetch(`${server.url}/api/provinces`)).json()).toHaveLength(12);
    expect(server.output()).not.toContain('generated password');
  });

  it('shows the audit trail of it all to the secretariat', async () => {
    await signIn(TEST_ADMIN.email, TEST_ADMIN.password);
    await page.getByTestId('signed-in-as').waitFor();
    await page.goto(`${server.url}/en/admin/audit`);
    await page.getByTestId('audit-table').locator('tbody tr').first().waitFor();
    const text = await page.getByTestId('audit-table').innerText();
    expect(text).toContain('Province profile edited');
    expect(text).toContain('Invited a person');
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'audit-en.png'), fullPage: true });
  });
});
