import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentSigningKey } from '../../domain/badges/signing-keys.ts';
import { catalogueAttachments } from '../../domain/catalogue/tables.ts';
import { type DatabaseHandle, openDatabase } from '../db/client.ts';
import { insertItem } from '../testing/factories/catalogue.ts';
import { testContext } from '../testing/test-context.ts';
import { createScratchPostgresDatabase, openTestDatabase } from '../testing/test-database.ts';
import { BackupRefused } from './backup-format.ts';
import { restoreBackup } from './restore-backup.ts';
import { readTableCensus } from './table-census.ts';
import { writeBackup } from './write-backup.ts';

const serverUrl = process.env.DATABASE_URL;
const folder = mkdtempSync(join(tmpdir(), 'caspian-backup-test-'));
const NOW = new Date('2026-12-07T12:00:00Z');

/** An empty database of the kind the file runs on (PGlite in memory, or a scratch PostgreSQL database). */
async function openEmptyDatabase(kind: 'pglite' | 'postgres' = serverUrl ? 'postgres' : 'pglite') {
  if (kind === 'pglite') return openDatabase({});
  const scratch = await createScratchPostgresDatabase(serverUrl!);
  const handle = await openDatabase({ databaseUrl: scratch.url, poolSize: 2 });
  const close = async () => {
    await handle.close();
    await scratch.drop();
  };
  return { ...handle, close };
}

/** Rows of the kinds a lost backup would hurt most: an attachment's bytes and the badge signing key. */
async function addPrecious(handle: DatabaseHandle): Promise<void> {
  const itemId = await insertItem(handle.db, { status: 'published' });
  await handle.db.insert(catalogueAttachments).values({
    itemId,
    fileName: 'price list.pdf',
    mediaType: 'application/pdf',
    sizeBytes: 256,
    content: Buffer.from(Array.from({ length: 256 }, (_, byte) => byte)),
    uploadedAt: NOW,
  });
  await currentSigningKey(testContext(handle.db));
}

/** The backup file with its first line (the manifest) changed. */
function withManifest(file: string, change: (manifest: Record<string, unknown>) => void): string {
  const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n');
  const manifest = JSON.parse(lines[0]!);
  change(manifest);
  lines[0] = JSON.stringify(manifest);
  const changed = `${file}.changed.gz`;
  writeFileSync(changed, gzipSync(lines.join('\n')));
  return changed;
}

let source: DatabaseHandle;
let backupFile: string;

beforeAll(async () => {
  source = await openTestDatabase();
  await addPrecious(source);
  backupFile = join(folder, 'everything.backup.gz');
  await writeBackup(source, backupFile, NOW);
}, 120_000);
afterAll(async () => {
  await source?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('brings every table back into a fresh database with the same rows', async () => {
    const target = await openEmptyDatabase();
    try {
      const report = await restoreBackup(target, backupFile);
      const restored = await readTableCensus(target.db);
      expect(restored).toEqual(await readTableCensus(source.db));
      expect(restored.find((table) => table.table === 'catalogue_attachments')?.rows).toBe(1);
      expect(restored.find((table) => table.table === 'badge_signing_keys')?.rows).toBe(1);
      expect(report.rows).toBe(restored.reduce((sum, table) => sum + table.rows, 0));
      expect(report.migration.applied).toBe(report.manifest.migration.applied);
    } finally {
      await target.close();
    }
  }, 120_000);

  it('lets the restored database take new rows after the restored ones', async () => {
    const target = await openEmptyDatabase();
    try {
      await restoreBackup(target, backupFile);
      await expect(insertItem(target.db, {})).resolves.toBeTypeOf('string');
      await expect(currentSigningKey(testContext(target.db))).resolves.toBeTruthy();
    } finally {
      await target.close();
    }
  }, 120_000);

  it('refuses to restore over a database with rows unless forced', async () => {
    const target = await openEmptyDatabase();
    try {
      await restoreBackup(target, backupFile);
      await insertItem(target.db, {});
      await expect(restoreBackup(target, backupFile)).rejects.toThrow(/not empty.*--force/);
      await restoreBackup(target, backupFile, { force: true });
      expect(await readTableCensus(target.db)).toEqual(await readTableCensus(source.db));
    } finally {
      await target.close();
    }
  }, 120_000);

  it('refuses a backup from a newer migration level, a newer format or a truncated file, leaving nothing behind', async () => {
    const target = await openEmptyDatabase();
    try {
      const newer = withManifest(backupFile, (manifest) => {
        (manifest.migration as { applied: number }).applied += 1;
      });
      await expect(restoreBackup(target, newer)).rejects.toThrow(/this version of the platform knows/);
      const newerFormat = withManifest(backupFile, (manifest) => {
        manifest.formatVersion = 99;
      });
      await expect(restoreBackup(target, newerFormat)).rejects.toThrow(/backup format 99/);
      const lines = gunzipSync(readFileSync(backupFile)).toString('utf8').split('\n');
      const truncated = join(folder, 'truncated.gz');
      writeFileSync(truncated, gzipSync(lines.slice(0, lines.length / 2).join('\n')));
      await expect(restoreBackup(target, truncated)).rejects.toBeInstanceOf(BackupRefused);
      // Nothing of the refused restores stays behind: the database takes a good backup unforced.
      await expect(restoreBackup(target, backupFile)).resolves.toBeTruthy();
    } finally {
      await target.close();
    }
  }, 120_000);

  it.runIf(serverUrl)(
    'restores a PGlite backup into PostgreSQL',
    async () => {
      const pglite = await openDatabase({});
      const postgres = await openEmptyDatabase('postgres');
      try {
        await restoreBackup(pglite, backupFile);
        const pgliteFile = join(folder, 'from-pglite.backup.gz');
        await writeBackup(pglite, pgliteFile, NOW);
        await restoreBackup(postgres, pgliteFile);
        expect(await readTableCensus(postgres.db)).toEqual(await readTableCensus(source.db));
      } finally {
        await pglite.close();
        await postgres.close();
      }
    },
    180_000,
  );
});
