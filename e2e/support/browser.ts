import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type BrowserContext, type Page } from 'playwright-core';

const CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

/** Debian's Chromium, headless, with everything that would reach for the network switched off. */
export async function launchBrowser(locale = 'en-US'): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'caspian-chromium-')), {
    ...CHROMIUM,
    locale,
    viewport: { width: 1280, height: 900 },
  });
}

/** The same Chromium as a browser of its own, for a journey that opens several contexts (one per language, say). */
export async function launchSharedBrowser(): Promise<Browser> {
  return chromium.launch(CHROMIUM);
}

export const ARTIFACTS_DIR = join(process.cwd(), 'artifacts');

/** Signs in through the sign-in page, as a person would, and waits for the home page it leads to. */
export async function signInThroughForm(
  page: Page,
  baseUrl: string,
  locale: string,
  credentials: { email: string; password: string },
): Promise<void> {
  await page.goto(`${baseUrl}/${locale}/sign-in`);
  await page.locator('input[name=email]').fill(credentials.email);
  await page.locator('input[name=password]').fill(credentials.password);
  await page.locator('main form button[type=submit]').click();
  await page.waitForURL(`${baseUrl}/${locale}/`);
}
