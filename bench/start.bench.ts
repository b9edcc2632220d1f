import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findFreePort } from './support/free-port.ts';
import { round } from './support/measure.ts';

/**
 * `npm run bench:start`: `npm start` to healthy (GET /api/health/ready answers 200) on a fresh clone
 * of this repository (its committed state, node_modules linked in, so no web/dist), on a fresh data
 * folder and with tsx's transform cache empty; then a second start, build and data reused. Each
 * also says when the first page was served (the web app in place). The baseline, in the same run:
 * the same Node and tsx starting a bare Fastify route (bench/support/ceiling-server.ts). Target
 * (issue 13, part 7): first start ≤ 10 s. The last line is JSON.
 * The machine's load average is printed with the figures: on a shared machine it moves them most.
 */
const TARGET_SECONDS = 10;
const ROOT = fileURLToPath(new URL('..', import.meta.url));

type Start = { readySeconds: number; pageSeconds: number };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const answers = (url: string) =>
  fetch(url).then(
    (response) => response.status === 200,
    () => false,
  );

async function waitFor(url: string, child: ChildProcess, output: () => string, since: number): Promise<number> {
  while (!(await answers(url))) {
    if (child.exitCode !== null) throw new Error(`the server exited:\n${output()}`);
    if (performance.now() - since > 300_000) throw new Error(`no answer from ${url} in 5 minutes:\n${output()}`);
    await sleep(50);
  }
  return (performance.now() - since) / 1000;
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** `npm start`'s own command, timed from the spawn. */
async function timeStart(clone: string, environment: Record<string, string>): Promise<Start> {
  const port = await findFreePort();
  const since = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: clone,
    env: { ...process.env, ...environment, PORT: String(port), LOG_LEVEL: 'warn', DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  try {
    const url = `http://127.0.0.1:${port}`;
    const readySeconds = await waitFor(`${url}/api/health/ready`, child, () => output, since);
    const pageSeconds = await waitFor(`${url}/en/`, child, () => output, since);
    return { readySeconds: round(readySeconds, 2), pageSeconds: round(pageSeconds, 2) };
  } finally {
    await stop(child);
  }
}

async function timeBareFastify(environment: Record<string, string>): Promise<number> {
  const port = await findFreePort();
  const since = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/support/ceiling-server.ts', String(port), '100'], {
    cwd: ROOT,
    env: { ...process.env, ...environment },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    return round(await waitFor(`http://127.0.0.1:${port}/ceiling`, child, () => '', since), 2);
  } finally {
    await stop(child);
  }
}

const work = mkdtempSync(join(tmpdir(), 'caspian-bench-start-'));
const clone = join(work, 'clone');
execFileSync('git', ['clone', '--quiet', '--no-hardlinks', ROOT, clone]);
// BENCH_START_COMMIT=<commit>: the same measurement of an earlier version, for a before/after.
if (process.env.BENCH_START_COMMIT)
  execFileSync('git', ['-C', clone, 'checkout', '--quiet', process.env.BENCH_START_COMMIT]);
symlinkSync(join(ROOT, 'node_modules'), join(clone, 'node_modules'));
// tsx keeps its transform cache in the temporary folder: a fresh one is a machine that never ran the app.
const environment = {
  DATA_DIR: join(work, 'data'),
  TMPDIR: mkdtempSync(join(work, 'tmp-')),
  ADMIN_EMAIL: 'bench@caspian-bridge.invalid',
  ADMIN_PASSWORD: 'bench start password 2026',
};
const loadBefore = loadavg()[0]!;
try {
  const first = await timeStart(clone, environment);
  const second = await timeStart(clone, environment);
  const bareFastifySeconds = await timeBareFastify(environment);
  const loadAfter = loadavg()[0]!;
  const rows = [
    { start: 'first (fresh clone, no build, no data)', ...first, withinTarget: first.readySeconds <= TARGET_SECONDS },
    { start: 'second (build and data reused)', ...second, withinTarget: second.readySeconds <= TARGET_SECONDS },
    { start: 'baseline: bare Fastify on tsx', readySeconds: bareFastifySeconds, pageSeconds: null, withinTarget: true },
  ];
  console.table(rows);
  console.log(
    `target: first start ready within ${TARGET_SECONDS} s; load average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after`,
  );
  console.log(
    JSON.stringify({
      bench: 'start',
      commit: process.env.BENCH_START_COMMIT ?? 'HEAD',
      targetSeconds: TARGET_SECONDS,
      first,
      second,
      bareFastifySeconds,
      loadAverage: { before: round(loadBefore, 2), after: round(loadAfter, 2) },
    }),
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
