import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, TEST_ADMIN, type RunningServer } from '../src/platform/testing/platform-process.ts';
import { ARTIFACTS_DIR, launchBrowser, signInThroughForm } from './support/browser.ts';

let server: RunningServer;
let browser: BrowserContext;
let page: Page;

const EDITION_2025 = 'caspian-governors-summit-2025';
const EDITION_2026 = 'caspian-governors-summit-2026';
const DELEGATE = { native: 'مریم رحیمی', latin: 'Maryam Rahimi', email: 'maryam.rahimi@gilan.example' };

/** A date some days from now as YYYY-MM-DD, so the journey stays ahead of the wall clock whenever it runs. */
const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  server = await startServer({ port: 3305 });
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS_DIR, `summit-${name}.png`), fullPage: true });

/** The public form, filled in for the Gilan delegate as she would: a member, her Persian name, Iran, Persian spoken. */
async function fillRegistrationForm() {
  const form = page.getByTestId('registration-form');
  await form.waitFor();
  await form.locator('select[name=provinceId]').selectOption('gilan');
  await form.locator('input[name=nameNative]').fill(DELEGATE.native);
  await form.locator('input[name=nameLatin]').fill(DELEGATE.latin);
  await form.locator('select[name=countryCode]').selectOption('IR');
  await form.locator('input[name=email]').fill(DELEGATE.email);
  await form.locator('input[name=languages][value=fa]').check();
}

async function signOut() {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('link', { name: 'Sign in' }).waitFor();
}

describe('the 2025 programme, browsed as an archive', () => {
  it('shows Persian days in the Solar Hijri calendar with Persian digits, and the zone of the times', async () => {
    await page.goto(`${server.url}/fa/programme?edition=${EDITION_2025}`);
    const tabs = page.getByTestId('day-tab');
    await tabs.first().waitFor();
    expect(await tabs.count()).toBe(4);
    expect(await tabs.first().innerText()).toContain('آبان');
    expect(await tabs.first().innerText()).toMatch(/[۰-۹]/);
    expect(await page.getByTestId('programme-zone').innerText()).toContain('Asia/Tehran');
    await shot('programme-fa');
  });

  it('shows the same programme in Russian', async () => {
    await page.goto(`${server.url}/ru/programme?edition=${EDITION_2025}`);
    await page.getByTestId('day-tab').first().waitFor();
    expect(await page.getByTestId('day-tab').first().innerText()).toMatch(/нояб/);
    await shot('programme-ru');
  });
});

describe('the 2026 edition, from copying 2025 to a checked-in delegate', () => {
  it('is created by the secretariat as a copy of 2025', async () => {
    await signInThroughForm(page, server.url, 'en', TEST_ADMIN);
    await page.goto(`${server.url}/en/admin/editions`);
    const form = page.getByTestId('new-edition-form');
    await form.waitFor();
    const inputs = form.locator('input:not([type=checkbox])');
    await inputs.nth(0).fill(EDITION_2026);
    await inputs.nth(1).fill('Second International Summit of Governors of Caspian Coastal Provinces');
    await inputs.nth(2).fill('Sari');
    await form.locator('select').first().selectOption('mazandaran');
    // Days typed as ISO are read in any language; the fields show them in the reader's own format.
    await form.locator('input[name=startsOn]').fill(daysFromNow(30));
    await form.locator('input[name=endsOn]').fill(daysFromNow(33));
    await form.locator('input[name=deadlineDay]').fill(daysFromNow(25));
    await form.locator('input[name=deadlineTime]').fill('18:00');
    await form.getByTestId('copy-from').selectOption(EDITION_2025);
    await form.locator('button[type=submit]').click();
    await form.getByRole('status').waitFor();

    const programme = await page.evaluate(
      async (id) => (await fetch(`/api/editions/${id}/programme`)).json(),
      EDITION_2026,
    );
    expect(programme.sessions.length).toBeGreaterThan(5);
    const delegations = await page.evaluate(
      async (id) => (await fetch(`/api/editions/${id}/delegations`)).json(),
      EDITION_2026,
    );
    expect(delegations.map((delegation: { provinceId: string }) => delegation.provinceId)).toContain('gilan');
  });

  it('stays a draft: the public home still shows 2025 and says it is over with nothing announced', async () => {
    expect(await page.getByTestId('edition-editor').getAttribute('data-status')).toBe('draft');
    const current = await page.evaluate(async () => (await fetch('/api/editions/current')).json());
    expect(current.id).toBe(EDITION_2025);
    await page.goto(`${server.url}/fa/`);
    await expect.poll(() => page.getByTestId('edition-notice').getAttribute('data-kind')).toBe('over');
    await shot('home-2025-over-fa');
  });

  it('refuses to publish while texts are missing and the expo is still 2025’s, naming each field', async () => {
    await page.goto(`${server.url}/en/admin/editions?edit=${EDITION_2026}`);
    await page.getByTestId('edition-publish').click();
    const problem = page.locator('.edition-editor .problem');
    await expect.poll(() => problem.getAttribute('data-code')).toBe('edition_incomplete');
    expect(await problem.innerText()).toContain('Motto: Missing in Persian');
    expect(await page.getByTestId('languages-expos.0.name').innerText()).toContain('Still the copied expo');
    await shot('edition-refused-en');
  });

  it('is filled in Persian, Russian and English, its expo renamed, and published', async () => {
    const fill = async (path: string, values: Record<string, string>) => {
      for (const [language, value] of Object.entries(values))
        await page.locator(`[name="${path}.${language}"]`).fill(value);
    };
    await fill('name', {
      fa: 'دومین اجلاس بین‌المللی استانداران استان‌های ساحلی دریای خزر',
      ru: 'Второй международный саммит губернаторов прикаспийских регионов',
    });
    await fill('slogan', {
      fa: 'خزر، دریای همکاری',
      ru: 'Каспий — море сотрудничества',
      en: 'The Caspian, a sea of cooperation',
    });
    await fill('city', { fa: 'ساری', ru: 'Сари' });
    await fill('venue', { fa: 'سالن همایش ساری', ru: 'Конференц-зал Сари', en: 'Sari Conference Hall' });
    await page.getByTestId('edition-save').click();
    await page.getByTestId('edition-edit-form').getByRole('status').waitFor();
    const expo = page.getByTestId('expo-edit-form');
    await fill('expos.0.name', {
      fa: 'کاسپین اکسپو ۱۴۰۶',
      ru: 'Каспий Экспо 2026',
      en: 'Caspian Expo 2026',
      az: '',
      kk: '',
      tk: '',
    });
    await expo.getByTestId('expo-save').click();
    await expo.getByRole('status').waitFor();
    await page.getByTestId('edition-publish').click();
    await page.getByTestId('edition-published').waitFor();
    await shot('edition-published-en');
    const current = await page.evaluate(async () => (await fetch('/api/editions/current')).json());
    expect(current).toMatchObject({ id: EDITION_2026, status: 'published', city: { ru: 'Сари' } });
    await signOut();
  });

  it('takes a registration for the Gilan delegation through the public form in Persian', async () => {
    await page.goto(`${server.url}/fa/register`);
    await fillRegistrationForm();
    await page.getByTestId('register-submit').click();
    await page.getByTestId('registration-success').waitFor();
    await shot('registered-fa');
  });

  it('refuses the same e-mail a second time, in Persian', async () => {
    await page.getByRole('button', { name: 'ثبت‌نام فردی دیگر' }).click();
    await fillRegistrationForm();
    await page.getByTestId('register-submit').click();
    await expect.poll(() => page.locator('.problem, [role=alert]').first().innerText()).toMatch(/[\u0600-\u06FF]/);
  });

  it('is approved by the secretariat', async () => {
    await signInThroughForm(page, server.url, 'en', TEST_ADMIN);
    await page.goto(`${server.url}/en/admin/registrations`);
    const row = page.getByTestId('registration-row').filter({ hasText: DELEGATE.latin });
    await row.waitFor();
    await row.getByTestId('approve').click();
    await page
      .getByTestId('registration-row')
      .filter({ hasText: DELEGATE.latin })
      .and(page.locator('[data-status=approved]'))
      .waitFor();
  });

  it('gets a printed badge carrying the Persian name', async () => {
    await page.goto(`${server.url}/en/admin/badges`);
    const row = page.getByTestId('badge-row').filter({ hasText: DELEGATE.latin });
    await row.waitFor();
    await row.getByTestId('issue-badge').click();
    const pdfLink = row.getByTestId('badge-pdf');
    await pdfLink.waitFor();
    const href = await pdfLink.getAttribute('href');
    const pdf = await page.evaluate(async (url) => {
      const response = await fetch(url!);
      return { type: response.headers.get('content-type'), size: (await response.arrayBuffer()).byteLength };
    }, href);
    expect(pdf.type).toBe('application/pdf');
    expect(pdf.size).toBeGreaterThan(5_000);
  });

  it('is checked in with the code from the badge, once, and a forged code is refused', async () => {
    const roster = await page.evaluate(async (id) => (await fetch(`/api/editions/${id}/badges`)).json(), EDITION_2026);
    const entry = roster.find((candidate: { nameLatin: string }) => candidate.nameLatin === DELEGATE.latin);
    const token: string = entry.badge.token;
    await page.goto(`${server.url}/en/check-in`);
    await page.getByTestId('badge-code').fill(token);
    await page.getByTestId('check-in-submit').click();
    const result = page.getByTestId('check-in-result');
    await expect.poll(() => result.getAttribute('data-outcome')).toBe('admitted');
    expect(await result.innerText()).toContain(DELEGATE.latin);
    await shot('check-in-admitted');

    const forged = `${token.slice(0, -4)}${token.slice(-4) === 'AAAA' ? 'BBBB' : 'AAAA'}`;
    await page.getByTestId('badge-code').fill(forged);
    await page.getByTestId('check-in-submit').click();
    await expect.poll(() => result.getAttribute('data-code')).toBe('badge_token_invalid');
    await shot('check-in-refused');

    const attendance = await page.evaluate(
      async (id) => (await fetch(`/api/editions/${id}/attendance`)).json(),
      EDITION_2026,
    );
    expect(attendance.byDay.reduce((sum: number, day: { count: number }) => sum + day.count, 0)).toBe(1);
  });
});

describe('the secretariat looks at the 2025 summit', () => {
  it('sees the dashboard with charts and their numbers', async () => {
    await page.goto(`${server.url}/en/admin/dashboard?edition=${EDITION_2025}`);
    await page.locator('table').first().waitFor();
    await page.locator('.dashboard-chart svg').first().waitFor();
    await shot('dashboard-en');
  });

  it('sees the 2025 expo floor plan drawn from the data, with its exhibitors, in Persian', async () => {
    await page.goto(`${server.url}/fa/expo?edition=${EDITION_2025}`);
    await page.locator('svg rect').first().waitFor();
    await expect.poll(() => page.locator('svg title').count()).toBeGreaterThan(5);
    await shot('expo-floor-fa');
  });
});
