import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { startServer, TEST_ADMIN, type RunningServer } from '../src/platform/testing/platform-process.ts';
import { launchBrowser, signInThroughForm } from './support/browser.ts';

let server: RunningServer;
let browser: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startServer({ port: 3313 });
  browser = await launchBrowser();
  page = await browser.newPage();
  await signInThroughForm(page, server.url, 'en', TEST_ADMIN);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

type SavedScenario = { name: { en?: string }; changes: unknown[] };

describe('a what-if scenario written through the planner', () => {
  it("closes a road and limits a port's draft, choosing the leg among all legs and the port among ports only", async () => {
    await page.goto(`${server.url}/en/transit`);
    await page.getByTestId('scenario-manager').locator('button.secondary-button').last().click();
    const form = page.getByTestId('scenario-form');
    await form.locator('input[name=name]').fill('Road shut, Olya shallow');
    await form.locator('select[name="changes.0.legId"]').selectOption('city-rasht__bc-astara__road');
    await form.locator('button.secondary-button').first().click();
    await form.locator('select[name="changes.1.kind"]').selectOption('draft_limit');
    const portChoices = await form
      .locator('select[name="changes.1.nodeId"] option[value]:not([value=""])')
      .evaluateAll((options) => options.map((option) => option.getAttribute('value')));
    expect(portChoices).toContain('ru-olya');
    expect(portChoices).not.toContain('city-rasht');
    await form.locator('select[name="changes.1.nodeId"]').selectOption('ru-olya');
    await form.locator('input[name="changes.1.maxDraftM"]').fill('3');
    await form.locator('button[type=submit]').click();
    // A scenario is its owner's until the secretariat shares it: read the list as the one who wrote it.
    const saved = async () =>
      (
        (await (await page.request.get(`${server.url}/api/transit/scenarios`)).json()) as {
          scenarios: SavedScenario[];
        }
      ).scenarios.find((scenario) => scenario.name.en === 'Road shut, Olya shallow')?.changes;
    await expect.poll(saved).toEqual([
      { kind: 'close_leg', legId: 'city-rasht__bc-astara__road' },
      { kind: 'draft_limit', nodeId: 'ru-olya', maxDraftM: 3 },
    ]);
  });
});
