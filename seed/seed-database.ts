import { readFileSync } from 'node:fs';
import { count } from 'drizzle-orm';
import type { Database } from '../src/platform/db/client.ts';
import { inTransaction } from '../src/platform/db/transaction.ts';
import { ports, provinces } from '../src/domain/provinces/tables.ts';
import { editionProvinces, editions, expos, panels, speakers } from '../src/domain/summit/tables.ts';
import { buildEditionRows, buildPortRow, buildProvinceRow } from './build-seed.ts';
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

/** Seeds the 2025 summit into an empty database; a database that has any edition is left alone. */
export async function seedDatabase(db: Database): Promise<boolean> {
  const [existing] = await db.select({ total: count() }).from(editions);
  if ((existing?.total ?? 0) > 0) return false;
  const { provinceRows, portRows, summitRows } = loadSeedData();
  await inTransaction(db, async (tx) => {
    await tx.insert(provinces).values(provinceRows);
    await tx.insert(ports).values(portRows);
    await tx.insert(editions).values(summitRows.edition);
    await tx.insert(editionProvinces).values(summitRows.provinces);
    await tx.insert(panels).values(summitRows.panels);
    await tx.insert(speakers).values(summitRows.speakers);
    await tx.insert(expos).values(summitRows.expo);
  });
  return true;
}
