import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../src/platform/testing/platform-process.ts';
import { findFreePort } from './support/free-port.ts';
import { percentile, round } from './support/measure.ts';

/**
 * `npm run bench:pages`: the first load of the home (fa) and the catalogue (ru) on a phone, cold
 * cache: a fresh Chromium profile per load, 390 px wide, CPU slowed 4×. Bytes are what came over
 * the wire (CDP Network.loadingFinished encodedDataLength, so compressed sizes), until the network
 * is idle; time to content is from navigation to the page's content on screen. The baseline, in
 * the same run and from the same server, is a minimal static page: the floor that the server,
 * the browser and the throttled CPU set. The last line is JSON.
 */
const RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 3);
const CPU_SLOWDOWN = 4;
const FLOOR_FILE = 'bench-floor.html';

type PageCase = { name: string; path: string; content: string };
const PAGES: PageCase[] = [
  { name: 'floor (static page)', path: `/assets/${FLOOR_FILE}`, content: '#floor' },
  // Content: the summit's panels are listed, which needs the edition from the API.
  { name: 'home fa', path: '/fa/', content: '[data-testid=panel]' },
  // Content: the item count is shown, which needs the first page of items from the API.
  { name: 'catalogue ru', path: '/ru/catalogue', content: '.catalogue .list-total' },
];

type Load = { bytes: number; requests: number; contentMs: number; transfers: Map<string, number> };

async function loadOnce(url: string, content: string): Promise<Load> {
  const profile = mkdtempSync(join(tmpdir(), 'caspian-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
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
    viewport: { width: 390, height: 844 },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    let bytes = 0;
    let requests = 0;
    const urls = new Map<string, string>();
    const transfers = new Map<string, number>();
    cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, new URL(event.request.url).pathname));
    cdp.on('Network.loadingFinished', (event) => {
      bytes += event.encodedDataLength;
      requests++;
      transfers.set(urls.get(event.requestId) ?? event.requestId, event.encodedDataLength);
    });
    const start = performance.now();
    await page.goto(url, { waitUntil: 'commit' });
    await page.locator(content).first().waitFor({ state: 'visible', timeout: 120_000 });
    const contentMs = performance.now() - start;
    await page.waitForLoadState('networkidle');
    return { bytes, requests, contentMs, transfers };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const median = (values: number[]) => percentile(values, 0.5);

const distAssets = fileURLToPath(new URL('../web/dist/assets', import.meta.url));
const server = await startServer({ port: await findFreePort() });
// The floor page lives beside the build's assets for the run, so the same static route serves it.
const floorPath = join(distAssets, FLOOR_FILE);
writeFileSync(
  floorPath,
  '<!doctype html><html lang="en"><meta charset="utf-8"><title>floor</title><p id="floor">floor</p>',
);
const rows = [];
try {
  for (const pageCase of PAGES) {
    const loads: Load[] = [];
    for (let run = 0; run < RUNS; run++) loads.push(await loadOnce(server.url + pageCase.path, pageCase.content));
    rows.push({
      page: pageCase.name,
      path: pageCase.path,
      kilobytes: round(median(loads.map((load) => load.bytes)) / 1024, 1),
      requests: median(loads.map((load) => load.requests)),
      contentMs: Math.round(median(loads.map((load) => load.contentMs))),
      // What weighs most in the last load, by path (hashes included): fonts come with the text on screen.
      largestKilobytes: Object.fromEntries(
        [...loads.at(-1)!.transfers]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 6)
          .map(([path, size]) => [path, round(size / 1024, 1)]),
      ),
    });
  }
} finally {
  rmSync(floorPath, { force: true });
  await server.stop();
}
const floor = rows[0]!;
const results = rows.map((row) => ({
  ...row,
  contentMsToFloor: round(row.contentMs / floor.contentMs, 2),
}));
console.table(results.map(({ largestKilobytes: _largest, ...row }) => row));
console.log(
  `median of ${RUNS} cold loads each; 390 px, CPU ${CPU_SLOWDOWN}× slower; load average ${loadavg()[0]!.toFixed(2)}`,
);
console.log(
  JSON.stringify({
    bench: 'pages',
    runs: RUNS,
    cpuSlowdown: CPU_SLOWDOWN,
    widthPx: 390,
    loadAverage: round(loadavg()[0]!, 2),
    floor,
    results,
  }),
);
