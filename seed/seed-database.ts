import { readFileSync } from 'node:fs';
import { count } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Database, Transaction } from '../src/platform/db/client.ts';
import { inTransaction } from '../src/platform/db/transaction.ts';
import { ports, provinces } from '../src/domain/provinces/tables.ts';
import { editionProvinces, editions, expos, panels, speakers } from '../src/domain/summit/tables.ts';
import { taxonomyNodes } from '../src/domain/taxonomy/tables.ts';
import { buildEditionRows, buildPortRow, buildProvinceRow } from './build-seed.ts';
import { buildTaxonomyRows, type ReferenceTaxonomy } from './build-taxonomy.ts';
import type { ReferencePort, ReferenceProvince, ReferenceSummit, Translations } from './reference-types.ts';

const readJson = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as T;

export function loadSeedData() {
  const translations = readJson<Translations>('./translations.json');
  const provinceRows = readJson<{ provinces: ReferenceProvince[] }>('./reference/provinces.json').provinces.map((province) =>
    buildProvinceRow(province, translations),
  );
  const portRows = readJson<{ ports: ReferencePort[] }>('./reference/ports.json').ports.map((port) => buildPortRow(port, translations));
  const summit = readJson<ReferenceSummit>('./reference/summit-2025.json');
  const host = provinceRows.find((province) => province.id === summit.edition.host_province_id);
  if (!host) throw new Error(`seed: host province ${summit.edition.host_province_id} is missing from provinces.json`);
  return { provinceRows, portRows, summitRows: buildEditionRows(summit, host.capital, translations) };
}

export function loadTaxonomySeed(now: Date) {
  return buildTaxonomyRows(readJson<ReferenceTaxonomy>('./reference/taxonomy.json'), now);
}

/**
 * Each part of the reference data is seeded when its own table is empty, so a database created
 * before a part existed receives it on its next start, and nothing is ever seeded twice.
 */
const SEED_STEPS: { table: PgTable; insert: (tx: Transaction) => Promise<void> }[] = [
  {
    table: editions,
    insert: async (tx) => {
      const { provinceRows, portRows, summitRows } = loadSeedData();
      await tx.insert(provinces).values(provinceRows);
      await tx.insert(ports).values(portRows);
      await tx.insert(editions).values(summitRows.edition);
      await tx.insert(editionProvinces).values(summitRows.provinces);
      await tx.insert(panels).values(summitRows.panels);
      await tx.insert(speakers).values(summitRows.speakers);
      await tx.insert(expos).values(summitRows.expo);
    },
  },
  { table: taxonomyNodes, insert: async (tx) => void (await tx.insert(taxonomyNodes).values(loadTaxonomySeed(new Date()))) },
];

/** Returns how many parts were seeded: 0 on every start after the first. */
export async function seedDatabase(db: Database): Promise<number> {
  let seeded = 0;
  for (const step of SEED_STEPS) {
    const [existing] = await db.select({ total: count() }).from(step.table);
    if ((existing?.total ?? 0) > 0) continue;
    await inTransaction(db, step.insert);
    seeded++;
  }
  return seeded;
}
