import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BackupRefused } from './backup-format.ts';

/**
 * PGlite is one process with one data folder: a second process opening it while a server runs
 * would replay and write the same files. PGlite keeps `postmaster.pid` there while open.
 */
export function refuseDataDirInUse(dataDir: string): void {
  if (!existsSync(join(dataDir, 'postmaster.pid'))) return;
  throw new BackupRefused(
    `The database folder ${dataDir} is in use: stop the server first (a backup of the embedded database takes seconds). If no server runs, the last one stopped abruptly: start and stop it once (npm start, then Ctrl-C) so it closes the folder cleanly.`,
  );
}
