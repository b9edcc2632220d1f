import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BackupRefused } from '../src/platform/backup/backup-format.ts';
import { refuseDataDirInUse } from '../src/platform/backup/data-dir-lock.ts';
import { restoreBackup } from '../src/platform/backup/restore-backup.ts';
import { readConfig } from '../src/platform/config.ts';
import { openDatabase } from '../src/platform/db/client.ts';

/**
 * `npm run restore -- FILE [--force]`: a backup into the database the server would open (PGlite in
 * DATA_DIR, or DATABASE_URL), which must be empty unless --force says to replace what it holds.
 */
const { values, positionals } = parseArgs({
  options: { force: { type: 'boolean', default: false } },
  allowPositionals: true,
});
const config = readConfig();

try {
  if (positionals.length !== 1) throw new BackupRefused('Usage: npm run restore -- FILE [--force]');
  const file = resolve(positionals[0]!);
  if (!config.databaseUrl) refuseDataDirInUse(config.dataDir);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 1 });
  try {
    const started = performance.now();
    const report = await restoreBackup(database, file, { force: values.force });
    const { manifest } = report;
    console.log(
      [
        `Restored ${report.rows} rows of ${manifest.tables.length} tables from ${file}`,
        `(a ${manifest.databaseKind} backup of ${manifest.createdAt}) into ${database.kind} in ${Math.round(performance.now() - started)} ms;`,
        `every table's row count and checksum match the backup. Migration: ${manifest.migration.tag} in the backup, ${report.migration.tag} now.`,
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
