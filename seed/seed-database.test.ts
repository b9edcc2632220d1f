import { and, count, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../src/platform/db/client.ts';
import { openTestDatabase } from '../src/platform/testing/test-database.ts';
import { ports, provinces } from '../src/domain/provinces/tables.ts';
import { panels } from '../src/domain/summit/tables.ts';
import { taxonomyNodes } from '../src/domain/taxonomy/tables.ts';
import { catalogueItems } from '../src/domain/catalogue/tables.ts';
import { delegations, participants } from '../src/domain/delegations/tables.ts';
import { expoBooths, exhibitors } from '../src/domain/expo/tables.ts';
import { programmeSessions } from '../src/domain/programme/tables.ts';
import type { PgTable } from 'drizzle-orm/pg-core';
import { demoItemUuid, seedDatabase } from './seed-database.ts';
import { seedLog } from './tables.ts';
import { INDEX_VERSION } from '../src/domain/search/index-documents.ts';
import { meetingRequests, meetings } from '../src/domain/meetings/tables.ts';
import { searchDocuments, searchIndexState, searchPostings, searchTerms } from '../src/domain/search/tables.ts';

let database: DatabaseHandle;
beforeAll(async () => {
  database = await openTestDatabase({ seed: false });
});
afterAll(() => database.close());

const total = async (table: PgTable) => (await database.db.select({ n: count() }).from(table))[0]?.n;

describe('seeding', () => {
  it('fills an empty database once and leaves it alone on every later start', async () => {
    expect(await seedDatabase(database.db)).toBe(12);
    expect(await seedDatabase(database.db)).toBe(0);
    expect(await total(provinces)).toBe(12);
    expect(await total(ports)).toBe(15);
    expect(await total(panels)).toBe(4);
    expect(await total(taxonomyNodes)).toBe(60);
    expect(await total(delegations)).toBe(12);
  });

  it('gives every taxonomy node its search words in six languages, and every province its names and towns in the gazetteer', async () => {
    const terms = await database.db.select().from(searchTerms);
    const targets = new Set(terms.map((term) => term.target));
    expect([...targets].filter((target) => target.startsWith('taxonomy:'))).toHaveLength(60);
    expect([...targets].filter((target) => target.startsWith('place:'))).toHaveLength(12);
    const anzali = terms.filter((term) => term.target === 'place:gilan').map((term) => term.term);
    expect(anzali).toEqual(expect.arrayContaining(['Gilan', 'Rasht']));
    const dagestan = terms.filter((term) => term.target === 'place:dagestan').map((term) => term.term);
    expect(dagestan).toEqual(expect.arrayContaining(['Derbent', 'Дербент', 'دربند']));
  });

  it('indexes every published item, province, exhibitor, session and speaker for search', async () => {
    const rows = await database.db.select({ type: searchDocuments.type }).from(searchDocuments);
    const ofType = (type: string) => rows.filter((row) => row.type === type).length;
    expect(ofType('province')).toBe(12);
    expect(ofType('item')).toBeGreaterThanOrEqual(150);
    for (const type of ['exhibitor', 'session', 'speaker']) expect(ofType(type)).toBeGreaterThan(0);
  });

  it('marks every invented participant, session, exhibitor as demo', async () => {
    for (const table of [participants, programmeSessions, exhibitors]) {
      const rows = await database.db.select({ isDemo: table.isDemo }).from(table);
      expect(rows.length).toBeGreaterThan(5);
      expect(rows.every((row) => row.isDemo)).toBe(true);
    }
    expect(await total(expoBooths)).toBeGreaterThan(10);
  });

  it('seeds a part an older database never had, without touching the rest', async () => {
    await database.db.delete(taxonomyNodes);
    await database.db.delete(seedLog).where(eq(seedLog.part, 'taxonomy'));
    expect(await seedDatabase(database.db)).toBe(1);
    expect(await total(taxonomyNodes)).toBe(60);
    expect(await total(provinces)).toBe(12);
  });

  it('gives a database seeded before the thesaurus existed its thesaurus, beside the taxonomy words and places it has', async () => {
    const thesaurusRows = like(searchTerms.target, 'thesaurus:%');
    const before = await database.db.select({ n: count() }).from(searchTerms).where(thesaurusRows);
    expect(before[0]!.n).toBeGreaterThan(1000);
    await database.db.delete(searchTerms).where(thesaurusRows);
    await database.db.delete(seedLog).where(eq(seedLog.part, 'search-thesaurus'));
    expect(await seedDatabase(database.db)).toBe(1);
    const after = await database.db.select({ n: count() }).from(searchTerms).where(thesaurusRows);
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it('re-keys the terms and rebuilds the index, once, when they were made with older spelling keys or postings', async () => {
    await database.db.delete(searchPostings);
    await database.db
      .update(searchTerms)
      .set({ key: 'stale' })
      .where(and(eq(searchTerms.target, 'place:gilan'), eq(searchTerms.term, 'Rasht')));
    // 2: the version before postings carried taxonomy codes.
    await database.db.update(searchIndexState).set({ keyVersion: 2 });
    expect(await seedDatabase(database.db)).toBe(0);
    expect(await total(searchPostings)).toBeGreaterThan(1000);
    const conceptPostings = await database.db
      .select({ n: count() })
      .from(searchPostings)
      .where(like(searchPostings.word, '§%'));
    expect(conceptPostings[0]!.n).toBeGreaterThan(100);
    const gilan = await database.db.select().from(searchTerms).where(eq(searchTerms.target, 'place:gilan'));
    expect(gilan.find((term) => term.term === 'Rasht')?.key).toBe('rasht');
    const [state] = await database.db.select().from(searchIndexState);
    expect(state?.keyVersion).toBe(INDEX_VERSION);
  });

  it('schedules and publishes the demo meetings of 2025, an interpreter at each meeting whose sides share no language', async () => {
    const requests = await database.db.select().from(meetingRequests);
    const held = await database.db.select().from(meetings);
    expect(requests.length).toBeGreaterThanOrEqual(15);
    expect(requests.every((request) => request.status === 'accepted')).toBe(true);
    expect(held.map((meeting) => meeting.state)).toEqual(requests.map(() => 'published'));
    const sistanMangystau = requests.find((request) => request.topic.includes('چابهار به آسیای مرکزی'))!;
    expect(held.find((meeting) => meeting.requestId === sistanMangystau.id)?.interpreterId).not.toBeNull();
  });

  it('gives each demo item the same well-formed id on every machine, and each its own', () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(demoItemUuid('demo-gilan-offer-rice')).toMatch(uuid);
    expect(demoItemUuid('demo-gilan-offer-rice')).toBe(demoItemUuid('demo-gilan-offer-rice'));
    expect(demoItemUuid('demo-gilan-offer-rice')).not.toBe(demoItemUuid('demo-hormozgan-need-rice'));
  });

  it('publishes the demo items flagged as demo, and does not bring them back once removed', async () => {
    const demo = await database.db.select().from(catalogueItems);
    expect(demo.length).toBeGreaterThan(50);
    expect(demo.every((item) => item.isDemo && item.status === 'published')).toBe(true);
    await database.db.delete(catalogueItems);
    expect(await seedDatabase(database.db)).toBe(0);
    expect(await total(catalogueItems)).toBe(0);
  });
});
