import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page, Response } from 'playwright-core';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgendaView } from '../src/domain/meetings/agenda-schema.ts';
import type { MeetingGridView } from '../src/domain/meetings/schedule-schema.ts';
import type { ProgrammeView } from '../src/domain/programme/schema.ts';
import { startServer, TEST_ADMIN, type RunningServer } from '../src/platform/testing/platform-process.ts';
import { ARTIFACTS_DIR, launchBrowser, signInThroughForm } from './support/browser.ts';

type Grid = z.infer<typeof MeetingGridView>;
type Agenda = z.infer<typeof AgendaView>;
type Programme = z.infer<typeof ProgrammeView>;
type Account = { email: string; password: string };
type TimeRange = { startsAt: string; endsAt: string };

const EDITION = 'caspian-governors-summit-2025';
const GOLESTAN_OFFICE = { email: 'office@golestan.example', password: 'golestan office password', name: 'نرگس رضایی' };
const ASTRAKHAN_OFFICE = {
  email: 'office@astrakhan.example',
  password: 'astrakhan office password',
  name: 'Анна Белова',
};
const GOLESTAN_HEAD = { native: 'مهدی کریمی', latin: 'Mehdi Karimi' };
const ASTRAKHAN_HEAD = { native: 'Андрей Волков', latin: 'Andrei Volkov' };
// No comma or semicolon: the .ics escapes those, and the check below looks for the topic as typed.
const TOPIC = 'حمل غلات از بندر آستاراخان به بندر ترکمن';

let server: RunningServer;
let browser: BrowserContext;
let page: Page;

beforeAll(async () => {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  server = await startServer({ port: 3318 });
  browser = await launchBrowser();
  page = await browser.newPage();
  // The machine may be busy with other runs; the scheduler and the bundle take their time then.
  page.setDefaultTimeout(60_000);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS_DIR, `meetings-${name}.png`), fullPage: true });

async function signIn(locale: string, account: Account) {
  await signInThroughForm(page, server.url, locale, account);
  await page.getByTestId('signed-in-as').waitFor();
}

/** The header's sign-out button (its label is in the page's language), then the sign-in link it leaves. */
async function signOut() {
  await page.locator('.account-menu > button').click();
  await page.locator('a.account-menu').waitFor();
}

/** Calls the API from the page with the signed-in session, as the page's own code does: set-up with no page. */
function callApi<T>(path: string, method = 'GET', body?: unknown): Promise<{ status: number; body: T }> {
  return page.evaluate(
    async ({ path, method, body }) => {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (method !== 'GET') headers['x-csrf-token'] = (await (await fetch('/api/auth/session')).json()).csrfToken;
      const response = await fetch(path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: await response.json() };
    },
    { path, method, body },
  );
}

/** A file behind a link of the page, as text: enough to read an .ics and the first bytes of a PDF. */
function fetchFile(href: string): Promise<{ status: number; type: string; text: string }> {
  return page.evaluate(async (url) => {
    const response = await fetch(url);
    const text = new TextDecoder().decode(await response.arrayBuffer());
    return { status: response.status, type: response.headers.get('content-type') ?? '', text };
  }, href);
}

/** The status and JSON body of a response the page is waiting for. */
async function answerTo(response: Promise<Response>) {
  const answer = await response;
  return { status: answer.status(), body: await answer.json() };
}

const at = (instant: string) => new Date(instant).getTime();
const overlaps = (a: TimeRange, b: TimeRange) => at(a.startsAt) < at(b.endsAt) && at(b.startsAt) < at(a.endsAt);
const isWithin = (inner: TimeRange, outer: TimeRange) =>
  at(inner.startsAt) >= at(outer.startsAt) && at(inner.endsAt) <= at(outer.endsAt);

/** The secretariat's invite form, as accounts.e2e.ts fills it: a delegation member of the province. */
async function inviteDelegate(email: string, provinceId: string): Promise<string> {
  await page.goto(`${server.url}/en/admin/users`);
  const form = page.getByTestId('invite-form');
  await form.locator('input[type=email]').fill(email);
  await form.locator('select').nth(1).selectOption(provinceId);
  await form.locator('button[type=submit]').click();
  await expect.poll(() => page.getByTestId('invite-link').innerText()).toContain('/invite/');
  return page.getByTestId('invite-link').innerText();
}

/** The invited person opens the link in their language, names themself and picks a password. */
async function acceptInvite(link: string, locale: string, office: typeof GOLESTAN_OFFICE) {
  await page.goto(link.replace('/en/', `/${locale}/`));
  await page.locator('main form input').first().fill(office.name);
  await page.locator('main form input[type=password]').fill(office.password);
  await page.locator('main form button[type=submit]').click();
  await page.getByTestId('signed-in-as').waitFor();
}

/** The "agendas of your delegation" list on the meetings page names only approved members. */
async function agendaLinkOf(name: string) {
  const link = page.locator('.meeting-agendas a').filter({ hasText: name });
  await link.waitFor();
  return link;
}

const links = { golestan: '', astrakhan: '' };
const panel = { id: '', title: '', startsAt: '', endsAt: '' };
const golestanHead = { id: '' };
const meeting = { id: '', slotId: '', day: '', startsAt: '', endsAt: '' };

describe('the secretariat prepares the Golestan–Astrakhan meeting', () => {
  it('invites a Golestan and an Astrakhan delegation office member', async () => {
    await signIn('en', TEST_ADMIN);
    links.golestan = await inviteDelegate(GOLESTAN_OFFICE.email, 'golestan');
    links.astrakhan = await inviteDelegate(ASTRAKHAN_OFFICE.email, 'astrakhan');
    expect(links.golestan).toMatch(/\/invite\/[\w-]{20,}$/);
    expect(links.astrakhan).not.toBe(links.golestan);
  });

  // The seed registers the Golestan governor as pending (the registration desk's demo), and a
  // governors' meeting needs each delegation's approved head.
  it('approves the Golestan governor’s registration if it is still pending', async () => {
    await page.goto(`${server.url}/en/admin/registrations?edition=${EDITION}`);
    const row = page.getByTestId('registration-row').filter({ hasText: GOLESTAN_HEAD.latin });
    await row.waitFor();
    if ((await row.getAttribute('data-status')) === 'pending') await row.getByTestId('approve').click();
    await expect.poll(() => row.getAttribute('data-status')).toBe('approved');
  });

  it('has the Golestan governor speak at the first specialist panel, so meetings must keep clear of it', async () => {
    // No seeded session names a governor as speaker or moderator; the timetable editor's API sets one.
    const registrations = await callApi<{ id: string; nameLatin: string }[]>(`/api/editions/${EDITION}/registrations`);
    golestanHead.id = registrations.body.find((person) => person.nameLatin === GOLESTAN_HEAD.latin)!.id;
    const programme = await callApi<Programme>(`/api/editions/${EDITION}/programme`);
    const economy = programme.body.sessions.find((session) => session.panelId === `${EDITION}/panel-1-economy`)!;
    const changed = await callApi(`/api/sessions/${economy.id}`, 'PATCH', { speakerIds: [golestanHead.id] });
    expect(changed.status).toBe(200);
    Object.assign(panel, {
      id: economy.id,
      title: economy.title.en,
      startsAt: economy.startsAt,
      endsAt: economy.endsAt,
    });
    await signOut();
  });
});

describe('the two delegation offices', () => {
  it('Astrakhan accepts its invitation in Russian and finds its governor approved', async () => {
    await acceptInvite(links.astrakhan, 'ru', ASTRAKHAN_OFFICE);
    await page.goto(`${server.url}/ru/meetings`);
    await agendaLinkOf(ASTRAKHAN_HEAD.native);
    await signOut();
  });

  it('Golestan accepts its invitation in Persian and finds its governor approved', async () => {
    await acceptInvite(links.golestan, 'fa', GOLESTAN_OFFICE);
    await page.goto(`${server.url}/fa/meetings`);
    await agendaLinkOf(GOLESTAN_HEAD.native);
  });

  it('Golestan asks, in Persian, for a governors’ meeting with Astrakhan; the card says an interpreter is needed', async () => {
    const delegations = await callApi<{ id: string; provinceId: string }[]>(`/api/editions/${EDITION}/delegations`);
    const astrakhan = delegations.body.find((delegation) => delegation.provinceId === 'astrakhan')!;
    const form = page.getByTestId('new-meeting-request');
    await form.locator('input[name=meeting-kind][value=g2g]').check();
    await form.locator(`select:has(option[value="${astrakhan.id}"])`).selectOption(astrakhan.id);
    await form.locator('textarea').fill(TOPIC);
    await form.locator('select:has(option[value=must])').selectOption('must');
    await form.locator('button[type=submit]').click();

    const card = page.getByTestId('meeting-request').filter({ hasText: TOPIC });
    await card.waitFor();
    expect(await card.getAttribute('data-status')).toBe('sent');
    const text = await card.innerText();
    expect(text).toContain('ضروری');
    expect(text).toContain(GOLESTAN_HEAD.native);
    expect(await card.locator('.meeting-note').innerText()).toContain('زبان مشترکی ندارند');
    await shot('request-fa');
    await signOut();
  });

  it('Astrakhan accepts it in Russian', async () => {
    await signIn('ru', ASTRAKHAN_OFFICE);
    await page.goto(`${server.url}/ru/meetings`);
    const card = page.getByTestId('meeting-request').filter({ hasText: TOPIC });
    await card.waitFor();
    expect(await card.locator('.meeting-note').innerText()).toContain('нет общего языка');
    await card.getByRole('button', { name: 'Принять встречу' }).click();
    await expect.poll(() => card.getAttribute('data-status')).toBe('accepted');
    await signOut();
  });
});

describe('the secretariat schedules and publishes', () => {
  it('places the meeting in a governors’ room with a Persian–Russian interpreter, clear of the governors’ panels', async () => {
    await signIn('en', TEST_ADMIN);
    await page.goto(`${server.url}/en/admin/meetings?edition=${EDITION}`);
    await page.getByRole('button', { name: 'Run the scheduler' }).click();
    await page.getByTestId('schedule-run').waitFor({ timeout: 300_000 });
    const card = page.getByTestId('meeting-card').filter({ hasText: TOPIC });
    await expect.poll(() => card.getAttribute('data-state')).toBe('provisional');

    await page
      .getByTestId('publish')
      .getByRole('button', { name: /Publish the provisional meetings/ })
      .click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Publish' }).click();
    await page.getByTestId('publish').getByRole('status').waitFor();
    await expect.poll(() => card.getAttribute('data-state')).toBe('published');

    const grid = (await callApi<Grid>(`/api/editions/${EDITION}/meetings`)).body;
    const placed = grid.meetings.find((candidate) => candidate.topic === TOPIC)!;
    const slot = grid.slots.find((candidate) => candidate.id === placed.slotId)!;
    Object.assign(meeting, {
      id: placed.id,
      slotId: slot.id,
      day: slot.day,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
    });
    expect(grid.rooms.find((room) => room.id === placed.roomId)?.kind).toBe('g2g');
    const interpreter = grid.interpreters.find((candidate) => candidate.id === placed.interpreterId);
    const pairs = (interpreter?.languagePairs ?? []).map((pair) => [...pair].sort().join('-'));
    expect(pairs).toContain('fa-ru');
    expect(await card.locator('.meeting-card-interpreter').innerText()).toContain(interpreter!.name);

    // Each governor's agenda lists the sessions they speak at or moderate: the meeting overlaps none.
    const heads = placed.people.filter((person) =>
      [GOLESTAN_HEAD.latin, ASTRAKHAN_HEAD.latin].includes(person.nameLatin),
    );
    expect(heads).toHaveLength(2);
    for (const head of heads) {
      const agenda = (await callApi<Agenda>(`/api/meetings/agenda/${head.participantId}`)).body;
      const sessions = agenda.items.filter((item) => item.kind === 'session' && item.role !== 'seat');
      for (const session of sessions) expect(overlaps(session, meeting)).toBe(false);
    }
    const golestanAgenda = (await callApi<Agenda>(`/api/meetings/agenda/${golestanHead.id}`)).body;
    expect(golestanAgenda.items.some((item) => item.kind === 'session' && item.id === panel.id)).toBe(true);
    await signOut();
  });
});

describe('the Golestan governor’s agenda', () => {
  it('shows the meeting in Persian, with Persian digits and both calendars', async () => {
    await signIn('fa', GOLESTAN_OFFICE);
    await page.goto(`${server.url}/fa/meetings`);
    await (await agendaLinkOf(GOLESTAN_HEAD.native)).click();
    await page.waitForURL(`**/fa/meetings/agenda/${golestanHead.id}`);
    const entry = page.getByTestId('agenda-meeting').filter({ hasText: TOPIC });
    await entry.waitFor();
    expect(await entry.locator('time').innerText()).toMatch(/[۰-۹]{2}:[۰-۹]{2}/);
    expect(await entry.innerText()).toContain('مترجم');
    const day = await page.locator('.agenda-day', { has: entry }).locator('h2').innerText();
    expect(day).toContain('آبان');
    expect(day).toContain('نوامبر');
    expect(day).toMatch(/[۰-۹]/);
    expect(await page.getByTestId('agenda-session').filter({ hasText: 'سخنران' }).count()).toBe(1);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await shot('agenda-fa');
  });

  it('gives the agenda as a calendar file and a PDF', async () => {
    const ics = await fetchFile((await page.locator('.agenda-files a[href*=".ics"]').getAttribute('href'))!);
    expect(ics.status).toBe(200);
    expect(ics.type).toContain('text/calendar');
    // Long lines are folded (RFC 5545 §3.1): a line break and a space may fall inside the topic.
    const unfolded = ics.text.replace(/\r?\n[ \t]/g, '');
    expect(unfolded).toContain('BEGIN:VEVENT');
    expect(unfolded).toContain(TOPIC);
    const pdf = await fetchFile((await page.locator('.agenda-files a[href*=".pdf"]').getAttribute('href'))!);
    expect(pdf.status).toBe(200);
    expect(pdf.type).toContain('application/pdf');
    expect(pdf.text.startsWith('%PDF')).toBe(true);
  });

  it('reads in Russian too', async () => {
    await page.goto(`${server.url}/ru/meetings/agenda/${golestanHead.id}`);
    const entry = page.getByTestId('agenda-meeting').filter({ hasText: TOPIC });
    await entry.waitFor();
    expect(await page.locator('h1').innerText()).toContain('Программа');
    expect(await entry.innerText()).toContain('Переводчик');
    expect(await page.locator('.agenda-day', { has: entry }).locator('h2').innerText()).toMatch(/ноября/);
    await signOut();
  });
});

describe('the secretariat’s grid', () => {
  it('refuses to move the meeting into the panel the Golestan governor speaks at, and names the panel', async () => {
    await signIn('en', TEST_ADMIN);
    await page.goto(`${server.url}/en/admin/meetings?edition=${EDITION}`);
    const grid = (await callApi<Grid>(`/api/editions/${EDITION}/meetings`)).body;
    const duringPanel = grid.slots.find((slot) => isWithin(slot, panel))!;
    const card = page.getByTestId('meeting-card').filter({ hasText: TOPIC });
    await card.getByRole('button').click();
    const form = page.getByTestId('meeting-panel').locator('form.move-form');
    await form.locator('select[name=slotId]').selectOption(duringPanel.id);
    const moved = page.waitForResponse((response) => response.url().endsWith(`/api/meetings/${meeting.id}/move`));
    await form.getByRole('button', { name: 'Move the meeting' }).click();
    const answer = await answerTo(moved);
    expect(answer.status).toBe(409);
    expect(answer.body.code).toBe('meeting_move_refused');
    expect(answer.body.reasons).toContainEqual(
      expect.objectContaining({ code: 'person_blocked_by_session', sessionId: panel.id }),
    );
    const refusal = page.getByTestId('move-refusal');
    expect(await refusal.innerText()).toContain(panel.title);
    // The card stays where it was.
    expect(await page.locator(`td[data-slot-id="${meeting.slotId}"]`).filter({ has: card }).count()).toBe(1);
    await shot('grid');
    await signOut();
  });
});

describe('when the Golestan governor can meet', () => {
  it('refuses hours that leave out the published meeting, naming it', async () => {
    await signIn('fa', GOLESTAN_OFFICE);
    await page.goto(`${server.url}/fa/meetings/agenda/${golestanHead.id}`);
    const form = page.locator('form.meeting-availability');
    await form.getByRole('radio', { name: 'فقط این ساعت‌ها' }).check();
    const day = form.getByTestId('availability-window').locator('select').first();
    const days = await day
      .locator('option')
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    await day.selectOption(days.find((candidate) => candidate !== meeting.day)!);
    const saved = page.waitForResponse(
      (response) =>
        response.url().includes(`/availability/${golestanHead.id}`) && response.request().method() === 'PUT',
    );
    await form.locator('button[type=submit]').click();
    const answer = await answerTo(saved);
    expect(answer.status).toBe(409);
    expect(answer.body.code).toBe('availability_clashes_meetings');
    expect(answer.body.meetingIds).toEqual([meeting.id]);
    const problem = form.locator('[data-code=availability_clashes_meetings]');
    expect(await problem.innerText()).toContain(TOPIC);
    // The refusal stored nothing: the governor can still meet at every meeting hour.
    const stored = await callApi<{ windows: unknown }>(
      `/api/editions/${EDITION}/meetings/availability/${golestanHead.id}`,
    );
    expect(stored.body.windows).toBeNull();
  });
});
