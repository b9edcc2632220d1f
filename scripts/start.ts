import { fork } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { readConfig } from '../src/platform/config.ts';
import { finishPrecompression } from './precompress-assets.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const distDir = join(root, 'web/dist');
const builtIndex = join(distDir, 'index.html');

function newestChange(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(path).map((entry) => newestChange(join(path, entry))));
}

/** The browser app is built on first start and whenever its sources are newer than the build. */
function isWebBuildStale(): boolean {
  if (!existsSync(builtIndex)) return true;
  const sources = [
    'web/src',
    'web/index.html',
    'web/public',
    'vite.config.ts',
    'scripts/precompress-assets.ts',
    'package-lock.json',
  ]
    .map((path) => join(root, path))
    .filter(existsSync);
  return Math.max(...sources.map(newestChange)) > statSync(builtIndex).mtimeMs;
}

/**
 * Builds the web app in a child process while this one sets up the database. The old index.html
 * goes first: until the new one is written, the server answers pages "starting" (and comes back
 * to them by itself) rather than serving an index whose scripts the build is deleting.
 */
function buildWebApp(): Promise<void> {
  console.log('Building the web app (first start or changed sources)…');
  rmSync(builtIndex, { force: true });
  // A test runner may have set NODE_ENV=test; the served app is always the production build.
  const child = fork(join(root, 'scripts/build-web.ts'), {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production', CASPIAN_QUICK_PRECOMPRESS: '1' },
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`the web build failed (${signal ?? `exit code ${code}`})`)),
    );
  });
}

/**
 * PostgreSQL's initdb for a new embedded database (the longest step of a first start), in a worker
 * thread so that this thread loads the platform's modules meanwhile. Plain JavaScript: tsx's
 * loader does not reach worker threads on Node 20.
 */
const INITDB_WORKER = `
  const { mkdirSync } = require('node:fs');
  const { workerData } = require('node:worker_threads');
  mkdirSync(workerData.dataDir, { recursive: true });
  import(workerData.pglite).then(async ({ PGlite }) => (await PGlite.create(workerData.dataDir)).close());
`;

function initialiseDataDir(dataDir: string): Promise<void> {
  const pglite = import.meta.resolve('@electric-sql/pglite');
  const worker = new Worker(INITDB_WORKER, { eval: true, workerData: { dataDir, pglite } });
  return new Promise((resolve, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`initdb failed (exit code ${code})`))));
  });
}

const webBuild = isWebBuildStale() ? buildWebApp() : Promise.resolve();
webBuild.catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

const config = readConfig();
if (!config.databaseUrl && !existsSync(join(config.dataDir, 'PG_VERSION'))) {
  // The first start's two longest steps side by side: initdb in a worker, the modules here.
  await Promise.all([initialiseDataDir(config.dataDir), import('../src/app.ts'), import('../seed/seed-database.ts')]);
}
await import('../src/main.ts');
await webBuild;
finishPrecompression(distDir).catch((error: unknown) => console.warn('finishing the brotli files failed', error));
