import { renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const webDir = fileURLToPath(new URL('../web', import.meta.url));

/**
 * The web build `npm start` runs beside the database's setup (scripts/start.ts forks it). It builds
 * into web/dist-next and then puts that in place of web/dist, so the server never finds an
 * index.html whose scripts are not all written yet. It stops when the starting process is gone, so
 * a server stopped mid-start leaves no build writing on.
 */
process.on('disconnect', () => process.exit(1));
await build({
  configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
  logLevel: 'warn',
  mode: 'production',
  build: { outDir: 'dist-next' },
});
rmSync(`${webDir}/dist`, { recursive: true, force: true });
renameSync(`${webDir}/dist-next`, `${webDir}/dist`);
process.exit(0);
