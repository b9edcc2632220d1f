import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BackupRefused } from '../src/platform/backup/backup-format.ts';
import { refuseDataDirInUse } from '../src/platform/backup/data-dir-lock.ts';
import { writeBackup } from '../src/platform/backup/write-backup.ts';
import { readConfig } from '../src/platform/config.ts';
import { openDatabase } from '../src/platform/db/client.ts';

/** `npm run backup [FILE]`: every row of the database (PGlite in DATA_DIR, or DATABASE_URL) in one file. */
const config = readConfig();
const now = new Date();
const file = resolve(process.argv[2] ?? `caspian-bridge-${now.toISOString().replaceAll(/[:.]/g, '-')}.backup.gz`);

try {
  if (!config.databaseUrl) {
    if (!existsSync(join(config.dataDir, 'PG_VERSION')))
      throw new BackupRefused(`There is no database in ${resolve(config.dataDir)} (DATA_DIR) to back up.`);
    refuseDataDirInUse(config.dataDir);
  }
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 1 });
  try {
    const started = performance.now();
    const manifest = await writeBackup(database, file, now);
    const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
    console.log(
      [
        `Backed up ${rows} rows of ${manifest.tables.length} tables (${database.kind}, migration ${manifest.migration.tag})`,
        `to ${file} (${(statSync(file).size / 1024 / 1024).toFixed(1)} MB) in ${Math.round(performance.now() - started)} ms.`,
        `Restore with: npm run restore -- ${file}`,
      ].join('\n'),
    );
  } finally {
    await database.close();
  }
} catch (error) {
  if (!(error instanceof BackupRefused)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
