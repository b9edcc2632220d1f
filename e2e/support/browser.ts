import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium, headless, with everything that would reach for the network switched off. */
export async function launchBrowser(locale = 'en-US'): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'caspian-chromium-')), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    locale,
    viewport: { width: 1280, height: 900 },
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
  });
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
