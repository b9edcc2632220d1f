import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { count, eq, like, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Database, Transaction } from '../src/platform/db/client.ts';
import { searchDocuments, searchTerms } from '../src/domain/search/tables.ts';
import { markIndexCurrent, rebuildIndex, refreshSearchIndex } from '../src/domain/search/index-documents.ts';
import { loadingTermsInBulk } from '../src/domain/search/terms.ts';
import { DOCUMENT_SOURCES } from '../src/document-sources.ts';
import { seedGazetteer, seedTaxonomyTerms, seedThesaurus } from './seed-search.ts';
import { backgroundContext, inTransaction, type WriteContext } from '../src/platform/context/request-context.ts';
import { ports, provinces } from '../src/domain/provinces/tables.ts';
import { editionProvinces, editions, expos, panels, speakers } from '../src/domain/summit/tables.ts';
import { taxonomyNodes } from '../src/domain/taxonomy/tables.ts';
import { createCatalogueRepository } from '../src/domain/catalogue/repository.ts';
import { catalogueItems } from '../src/domain/catalogue/tables.ts';
import { buildDemoItem, type DemoItem } from './build-demo-items.ts';
import { insertDemoExpo, type DemoExpo } from './build-demo-expo.ts';
import { expoHalls } from '../src/domain/expo/tables.ts';
import { delegations, participants } from '../src/domain/delegations/tables.ts';
import { seedDelegations2025, seedDemoParticipants2025 } from './seed-delegations.ts';
import { seedLog } from './tables.ts';
import { insertDemoProgramme } from './build-demo-programme.ts';
import { rooms } from '../src/domain/programme/tables.ts';
import { transitNodes } from '../src/domain/transit/tables.ts';
import { seedTransit } from './seed-transit.ts';
import { seedDemoMeetings2025 } from './seed-meetings.ts';
import { meetingRequests } from '../src/domain/meetings/tables.ts';
import { buildEditionRows, buildPortRow, buildProvinceRow } from './build-seed.ts';
import { buildTaxonomyRows, type ReferenceTaxonomy } from './build-taxonomy.ts';
import type { ReferencePort, ReferenceProvince, ReferenceSummit, Translations } from './reference-types.ts';

const readJson = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as T;

export function loadSeedData() {
  const translations = readJson<Translations>('./translations.json');
  const provinceRows = readJson<{ provinces: ReferenceProvince[] }>('./reference/provinces.json').provinces.map(
    (province) => buildProvinceRow(province, translations),
  );
  const portRows = readJson<{ ports: ReferencePort[] }>('./reference/ports.json').ports.map((port) =>
    buildPortRow(port, translations),
  );
  const summit = readJson<ReferenceSummit>('./reference/summit-2025.json');
  const host = provinceRows.find((province) => province.id === summit.edition.host_province_id);
  if (!host) throw new Error(`seed: host province ${summit.edition.host_province_id} is missing from provinces.json`);
  return { provinceRows, portRows, summitRows: buildEditionRows(summit, host.capital, translations) };
}

export function loadTaxonomySeed(now: Date) {
  return buildTaxonomyRows(readJson<ReferenceTaxonomy>('./reference/taxonomy.json'), now);
}

/**
 * A demo item's id is the same on every machine (a name-based UUID, version 5 layout, of its seed
 * id): links to a demo item survive a reinstall, and the search evaluation ranks ties alike.
 */
export function demoItemUuid(seedId: string): string {
  const hex = createHash('sha1').update(`caspian-bridge:demo-item:${seedId}`).digest('hex');
  const variant = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** In batched inserts: one row at a time cost the first start 0.8 s of CPU for the 170 items. */
async function insertDemoItems(tx: Transaction): Promise<void> {
  const now = new Date();
  const repo = createCatalogueRepository(tx);
  const items = readJson<{ items: DemoItem[] }>('./demo/items.json').items.map((demo) =>
    buildDemoItem(demo, demoItemUuid(demo.id), now),
  );
  await repo.insertMany(items);
  await repo.insertVersions(
    items.map((item) => ({
      itemId: item.id,
      version: 1,
      change: 'created',
      changedBy: null,
      changedAt: now,
      snapshot: item,
    })),
  );
}

/**
 * The seed in parts, each run once and logged. A part also counts as done when its table already
 * has rows (those `where` picks, when it shares a table), as in a database from before the log
 * existed, so nothing is ever seeded twice.
 */
type SeedPart = {
  part: string;
  table: PgTable;
  where?: SQL;
  insert: (tx: Transaction, write: WriteContext) => Promise<void>;
};
const SEED_PARTS: SeedPart[] = [
  {
    part: 'summit-2025',
    table: editions,
    insert: async (tx, write) => {
      const { provinceRows, portRows, summitRows } = loadSeedData();
      await tx.insert(provinces).values(provinceRows);
      await tx.insert(ports).values(portRows);
      // The 2025 summit has taken place: it is on the public site from the first start.
      await tx.insert(editions).values({ ...summitRows.edition, status: 'published', publishedAt: write.now });
      await tx.insert(editionProvinces).values(summitRows.provinces);
      await tx.insert(panels).values(summitRows.panels);
      await tx.insert(speakers).values(summitRows.speakers);
      await tx.insert(expos).values(summitRows.expo);
    },
  },
  {
    part: 'taxonomy',
    table: taxonomyNodes,
    insert: async (tx) => void (await tx.insert(taxonomyNodes).values(loadTaxonomySeed(new Date()))),
  },
  { part: 'demo-items', table: catalogueItems, insert: insertDemoItems },
  {
    part: 'demo-expo-2025',
    table: expoHalls,
    insert: (tx) => insertDemoExpo(tx, readJson<DemoExpo>('./demo/expo-2025.json')),
  },
  { part: 'delegations-2025', table: delegations, insert: seedDelegations2025 },
  { part: 'demo-participants-2025', table: participants, insert: seedDemoParticipants2025 },
  { part: 'demo-programme-2025', table: rooms, insert: insertDemoProgramme },
  { part: 'transit-network', table: transitNodes, insert: seedTransit },
  { part: 'demo-meetings-2025', table: meetingRequests, insert: (_tx, write) => seedDemoMeetings2025(write) },
  {
    part: 'search-terms',
    table: searchTerms,
    insert: async (_tx, write) => {
      await loadingTermsInBulk(write, async () => {
        await seedTaxonomyTerms(write);
        await seedGazetteer(write);
      });
    },
  },
  // Its own part, so a database seeded before the thesaurus existed gets it on its next start.
  {
    part: 'search-thesaurus',
    table: searchTerms,
    where: like(searchTerms.target, 'thesaurus:%'),
    insert: async (_tx, write) => seedThesaurus(write),
  },
  // Last: it indexes what the parts above wrote.
  {
    part: 'search-index',
    table: searchDocuments,
    insert: async (_tx, write) => {
      await rebuildIndex(write, DOCUMENT_SOURCES);
      await markIndexCurrent(write);
    },
  },
];

/** Returns how many parts were seeded: 0 on every start after the first. */
export async function seedDatabase(db: Database): Promise<number> {
  let seeded = 0;
  for (const { part, table, where, insert } of SEED_PARTS) {
    if ((await db.select().from(seedLog).where(eq(seedLog.part, part))).length > 0) continue;
    const [existing] = await db.select({ total: count() }).from(table).where(where);
    const isFresh = (existing?.total ?? 0) === 0;
    await inTransaction(backgroundContext(db, new Date()), async (write) => {
      if (isFresh) await insert(write.db, write);
      await write.db.insert(seedLog).values({ part, seededAt: new Date() });
    });
    if (isFresh) seeded++;
  }
  // A database indexed with older spelling keys is re-keyed once (no-op when the seed just built it).
  await refreshSearchIndex(backgroundContext(db, new Date()), DOCUMENT_SOURCES);
  return seeded;
}

/** Whether every part of the seed is recorded as done: an instance's readiness waits for it. */
export async function isSeedComplete(db: Database): Promise<boolean> {
  const done = new Set((await db.select({ part: seedLog.part }).from(seedLog)).map((row) => row.part));
  return SEED_PARTS.every(({ part }) => done.has(part));
}
