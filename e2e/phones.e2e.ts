import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, TEST_ADMIN, type RunningServer } from '../src/platform/testing/platform-process.ts';
import { ARTIFACTS_DIR, launchSharedBrowser, signInThroughForm } from './support/browser.ts';

/** A common phone: 390 CSS pixels wide. */
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 768 };
const EDITION = 'caspian-governors-summit-2025';

type PhoneLocale = 'fa' | 'ru';
const BROWSER_LOCALE: Record<PhoneLocale, string> = { fa: 'fa-IR', ru: 'ru-RU' };
/** The menu button's name in each language, as a reader of that language hears it. */
const MENU_LABEL: Record<PhoneLocale, string> = { fa: 'منو', ru: 'Меню' };
const QUERY: Record<PhoneLocale, string> = { fa: 'خاویار', ru: 'икра' };

let server: RunningServer;
let browser: Browser;
let itemId = '';

beforeAll(async () => {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  server = await startServer({ port: 3320 });
  browser = await launchSharedBrowser();
  const catalogue = await (await fetch(`${server.url}/api/items?limit=1`)).json();
  itemId = catalogue.items[0].id;
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const publicPages = (locale: PhoneLocale): [name: string, path: string][] => [
  ['home', '/'],
  ['provinces', '/map'],
  ['province', '/provinces/gilan'],
  ['catalogue', '/catalogue'],
  ['item', `/catalogue/${itemId}`],
  ['search', `/search?${new URLSearchParams({ q: QUERY[locale] })}`],
  ['programme', `/programme?edition=${EDITION}`],
  ['expo', `/expo?edition=${EDITION}`],
  ['transit', '/transit'],
  ['register', '/register'],
  ['sign-in', '/sign-in'],
];

const secretariatPages: [name: string, path: string][] = [
  ['registrations', `/admin/registrations?edition=${EDITION}`],
  ['meetings-admin', `/admin/meetings?edition=${EDITION}`],
  ['dashboard', `/admin/dashboard?edition=${EDITION}`],
  ['summit', '/admin/summit'],
  ['editions', '/admin/editions'],
  ['programme-admin', '/admin/programme'],
  ['expo-admin', '/admin/expo'],
  ['badges', `/admin/badges?edition=${EDITION}`],
  ['check-in', `/check-in?edition=${EDITION}`],
  ['announcements-admin', `/admin/announcements?edition=${EDITION}`],
  ['taxonomy', '/admin/taxonomy'],
  ['users', '/admin/users'],
  ['audit', '/admin/audit'],
  ['transit-network', '/admin/transit'],
  ['matchmaking', '/admin/matchmaking'],
  ['catalogue-new', '/catalogue/new'],
  ['meetings', '/meetings'],
  ['saved-searches', '/saved-searches'],
];

const SCREENSHOTS = new Set(['home', 'catalogue', 'registrations']);

/** Requests under way per page, so a page counts as drawn once its data and lazy parts have arrived. */
const inFlight = new WeakMap<Page, number>();
function countRequests(page: Page) {
  inFlight.set(page, 0);
  const change = (by: number) => () => inFlight.set(page, (inFlight.get(page) ?? 0) + by);
  page.on('request', change(1));
  page.on('requestfinished', change(-1));
  page.on('requestfailed', change(-1));
}

/**
 * Opens a page the way the app's own links do once it is loaded (no new download of the bundle), and waits
 * for its heading and for 150 ms without a request (Playwright's networkidle waits 500 ms).
 */
async function open(page: Page, locale: PhoneLocale, path: string) {
  if (page.url().startsWith(`${server.url}/${locale}/`))
    await page.evaluate((target) => {
      history.pushState(null, '', target);
      dispatchEvent(new PopStateEvent('popstate'));
    }, `/${locale}${path}`);
  else await page.goto(`${server.url}/${locale}${path}`);
  await page.locator('main :is(h1, h2)').first().waitFor();
  for (let quietSince = Date.now(); Date.now() - quietSince < 150; ) {
    if ((inFlight.get(page) ?? 0) > 0) quietSince = Date.now();
    await page.waitForTimeout(25);
  }
}

/** How wide the page is against the screen, and, when wider, the deepest elements that stick out. */
async function measure(page: Page, name: string): Promise<string | null> {
  const { scrollWidth, innerWidth, culprits } = await page.evaluate(() => {
    const innerWidth = window.innerWidth;
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth <= innerWidth) return { scrollWidth, innerWidth, culprits: [] };
    const culprits = [...document.querySelectorAll('body *')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && (box.right > innerWidth + 1 || box.left < -1);
      })
      // Whatever sticks out inside a box that scrolls or clips (a wide table in its own box) is not the page's doing.
      .filter((element) => {
        for (let box = element.parentElement; box && box !== document.body; box = box.parentElement)
          if (getComputedStyle(box).overflowX !== 'visible') return false;
        return true;
      })
      .filter((element) => ![...element.children].some((child) => child.getBoundingClientRect().right > innerWidth + 1))
      .slice(0, 4)
      .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`);
    return { scrollWidth, innerWidth, culprits };
  });
  return scrollWidth <= innerWidth
    ? null
    : `${name}: ${scrollWidth} px on a ${innerWidth} px screen (${culprits.join(', ')})`;
}

/** The menu button opens the menu (every link, the search box and the languages on screen) and Escape closes it. */
async function checkMenu(page: Page, locale: PhoneLocale, name: string) {
  const button = page.getByRole('button', { name: MENU_LABEL[locale], exact: true });
  expect(await button.getAttribute('aria-expanded'), name).toBe('false');
  const menu = page.locator(`[id="${await button.getAttribute('aria-controls')}"]`);
  const links = menu.locator('a');
  expect(await links.first().isVisible(), `${name}: links hidden while the menu is closed`).toBe(false);
  await button.click();
  expect(await button.getAttribute('aria-expanded'), name).toBe('true');
  expect(await links.count(), name).toBeGreaterThanOrEqual(8);
  const offScreen = await links.evaluateAll((all) =>
    all
      .filter((link) => {
        const box = link.getBoundingClientRect();
        return box.width === 0 || box.left < 0 || box.right > window.innerWidth;
      })
      .map((link) => (link as HTMLElement).innerText),
  );
  expect(offScreen, `${name}: menu links not wholly on screen`).toEqual([]);
  expect(await menu.locator('input[type=search]').isVisible(), name).toBe(true);
  expect(await menu.getByTestId('language-switcher').isVisible(), name).toBe(true);
  expect(await measure(page, `${name} (menu open)`)).toBeNull();
  await page.keyboard.press('Escape');
  expect(await button.getAttribute('aria-expanded'), name).toBe('false');
  expect(await button.evaluate((element) => element === document.activeElement), name).toBe(true);
}

async function visitAll(page: Page, locale: PhoneLocale, pages: [string, string][]): Promise<string[]> {
  const tooWide: string[] = [];
  for (const [name, path] of pages) {
    await open(page, locale, path);
    const problem = await measure(page, name);
    if (problem) tooWide.push(problem);
    if (SCREENSHOTS.has(name)) await page.screenshot({ path: join(ARTIFACTS_DIR, `phones-${locale}-${name}.png`) });
    await checkMenu(page, locale, name);
  }
  return tooWide;
}

for (const locale of ['fa', 'ru'] as const) {
  describe(`a ${PHONE.width} px phone in ${locale}`, () => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await browser.newContext({ viewport: PHONE, locale: BROWSER_LOCALE[locale], hasTouch: true });
      page = await context.newPage();
      countRequests(page);
    });
    afterAll(() => context?.close());

    it('shows every public page within the screen, its menu one button away', async () => {
      expect(await visitAll(page, locale, publicPages(locale))).toEqual([]);
    });

    it('opens the menu from the keyboard, and closes it on the way to the chosen page', async () => {
      await open(page, locale, '/');
      const button = page.getByRole('button', { name: MENU_LABEL[locale], exact: true });
      const menuId = (await button.getAttribute('aria-controls'))!;
      await button.focus();
      await page.keyboard.press('Enter');
      expect(await button.getAttribute('aria-expanded')).toBe('true');
      await page.screenshot({ path: join(ARTIFACTS_DIR, `phones-${locale}-menu.png`) });
      await page.keyboard.press('Tab');
      expect(await page.evaluate((id) => document.getElementById(id)!.contains(document.activeElement), menuId)).toBe(
        true,
      );
      await page.locator(`[id="${menuId}"] a[href$="/catalogue"]`).click();
      await page.waitForURL(`${server.url}/${locale}/catalogue`);
      // The router renders the new page in a transition: the menu closes once the page's code is in.
      await expect.poll(() => button.getAttribute('aria-expanded')).toBe('false');
    });

    it('shows the first search result on the first screen, the facets folded above it until asked for', async () => {
      await open(page, locale, `/search?${new URLSearchParams({ q: QUERY[locale] })}`);
      const fold = page.locator('details.search-facets-fold');
      expect(await fold.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(false);
      const firstHit = await page.locator('.search-hit').first().boundingBox();
      expect(firstHit!.y).toBeLessThan(PHONE.height);
      await fold.locator('summary').click();
      expect(await page.locator('.search-facet').first().isVisible()).toBe(true);
    });

    it('shows every secretariat page within the screen to the signed-in secretariat', async () => {
      await signInThroughForm(page, server.url, locale, TEST_ADMIN);
      expect(await visitAll(page, locale, secretariatPages)).toEqual([]);
    });
  });
}

describe(`a ${DESKTOP.width} px desktop`, () => {
  it('keeps the bar of links without a menu button, the registrations within the screen and the search facets open', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'ru-RU' });
    const page = await context.newPage();
    countRequests(page);
    await signInThroughForm(page, server.url, 'ru', TEST_ADMIN);
    await open(page, 'ru', `/admin/registrations?edition=${EDITION}`);
    expect(await page.getByRole('button', { name: MENU_LABEL.ru, exact: true }).isVisible()).toBe(false);
    expect(await page.locator('.site-nav a').first().isVisible()).toBe(true);
    expect(await measure(page, 'registrations')).toBeNull();
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'phones-desktop-registrations.png') });
    await open(page, 'ru', `/search?${new URLSearchParams({ q: QUERY.ru })}`);
    expect(await page.locator('.search-facet').first().isVisible()).toBe(true);
    expect(await page.locator('details.search-facets-fold > summary').isVisible()).toBe(false);
    await context.close();
  });
});
