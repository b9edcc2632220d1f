import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const builtIndex = join(root, 'web/dist/index.html');

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

if (isWebBuildStale()) {
  console.log('Building the web app (first start or changed sources)…');
  // A test runner may have set NODE_ENV=test; the served app is always the production build.
  process.env.NODE_ENV = 'production';
  const { build } = await import('vite');
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
}
await import('../src/main.ts');
