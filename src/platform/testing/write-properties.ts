import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type SignedInUser, type TestApp } from './test-app.ts';
import { arbitraryHostileBody } from './zod-arbitrary.ts';

// 200 bodies per endpoint keep the suite within CI's 30 minutes now that there are some sixty write
// endpoints, each body fingerprinting the whole database twice (at 300 the property tests were
// three quarters of the suite's time, and a CI run reached 32 minutes); fast-check draws a new seed
// on every run, so successive runs explore different bodies.
const RUNS_PER_ENDPOINT = 200;

/** What the endpoints act on: signed-in users by name, and ids of things made for the test. */
export type Fixture = { users: Record<string, SignedInUser>; ids?: Record<string, string> };
export type WriteEndpoint = {
  method: 'POST' | 'PATCH' | 'PUT';
  url: (fixture: Fixture) => string;
  schema: z.ZodType;
  as?: string;
};

/**
 * A fingerprint of everything a write may change: the number of rows of every table, so that a
 * new capability's tables are covered without anyone listing them, and the content of the rows
 * that refused updates could touch. Sign-in attempts, sign-in lock-outs and rate-limit counters
 * are left out on purpose: a refused request is meant to leave its count behind. The search
 * index's terms, words and postings are left out too: they are derived from rows counted here
 * (search documents, taxonomy nodes, places) in the same transaction, and counting their 35,000
 * rows took three quarters of each fingerprint.
 */
async function fingerprint(t: TestApp): Promise<string> {
  const result = await t.database.db.execute(sql`
    select concat_ws('/',
      ${sql.join(await tableNames(t), sql`, `)},
      (select md5(coalesce(string_agg(overview::text, ',' order by id), '')) from provinces),
      (select md5(coalesce(string_agg(concat_ws(',', id, status, version, title, search_text), ';' order by id), '')) from catalogue_items),
      (select md5(coalesce(string_agg(concat_ws(',', code, labels, labels_to_review, hs_codes, isic_codes, retired_at), ';' order by code), '')) from taxonomy_nodes),
      (select md5(coalesce(string_agg(concat_ws(',', role, province_id, organisation, disabled_at), ';' order by id), '')) from users)
    ) as state`);
  return (result as unknown as { rows: { state: string }[] }).rows[0]!.state;
}

let countedTables: ReturnType<typeof sql>[] | null = null;

async function tableNames(t: TestApp) {
  if (countedTables) return countedTables;
  const tables = await t.database.db.execute(sql`
    select table_name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE'
      and table_name not in ('sign_in_attempts', 'sign_in_throttles', 'rate_limit_counters',
                             'search_terms', 'search_words', 'search_postings')
    order by table_name`);
  const names = (tables as unknown as { rows: { table_name: string }[] }).rows.map((row) => row.table_name);
  countedTables = names.map((name) => sql`(select count(*) from ${sql.identifier(name)})`);
  return countedTables;
}

/**
 * Sends each write endpoint RUNS_PER_ENDPOINT bodies generated from its own schema, valid and hostile, and
 * checks that it never answers 5xx and that a refused request leaves the database as it was.
 * `prepare` makes the users the endpoints act as (`as` names one) and anything they act on.
 */
export function describeWriteEndpointProperties(
  prepare: (t: TestApp) => Promise<Fixture>,
  endpoints: Record<string, WriteEndpoint>,
): { testApp: () => TestApp } {
  let t: TestApp;
  let fixture: Fixture = { users: {} };
  beforeAll(async () => {
    t = await createTestApp();
    fixture = await prepare(t);
  });
  afterAll(() => t.close());

  describe.each(Object.entries(endpoints))('%s with random bodies', (_name, endpoint) => {
    it(`never answers 5xx and leaves nothing behind when it refuses (${RUNS_PER_ENDPOINT} bodies)`, {
      timeout: 120_000,
    }, async () => {
      let refused = 0;
      let sent = 0;
      // Only these requests change the database, so the state after the last one is the state
      // before the next: one fingerprint per body instead of two.
      let state = await fingerprint(t);
      await fc.assert(
        fc.asyncProperty(arbitraryHostileBody(endpoint.schema), async (body) => {
          const response = await t.request({
            method: endpoint.method,
            url: endpoint.url(fixture),
            payload: JSON.stringify(body) ?? 'null',
            headers: { 'content-type': 'application/json', 'accept-language': 'fa' },
            as: endpoint.as ? fixture.users[endpoint.as] : undefined,
            // A new address per body, so that per-address rate limits do not hide the handler.
            remoteAddress: `10.250.${(sent >> 8) & 255}.${sent++ & 255}`,
          });
          expect(response.statusCode).toBeLessThan(500);
          if (response.statusCode >= 400) {
            refused++;
            expect(response.headers['content-type']).toContain('application/problem+json');
            expect(await fingerprint(t)).toBe(state);
          } else {
            state = await fingerprint(t);
          }
        }),
        { numRuns: RUNS_PER_ENDPOINT },
      );
      expect(refused).toBeGreaterThan(0);
    });
  });
  return { testApp: () => t };
}

type OpenApiDocument = {
  paths: Record<string, Record<string, { requestBody?: { content?: Record<string, unknown> } }>>;
};

/**
 * Every route under the prefixes that writes and takes a JSON body, named as the property tests name
 * them ("PATCH /api/items/:id"), so that a test can check none was forgotten.
 */
export function jsonWriteEndpoints(t: TestApp, prefixes: readonly string[]): string[] {
  const document = t.app.swagger() as unknown as OpenApiDocument;
  return Object.entries(document.paths)
    .filter(([path]) => prefixes.some((prefix) => path.startsWith(prefix)))
    .flatMap(([path, operations]) =>
      Object.entries(operations)
        .filter(
          ([method, operation]) =>
            ['post', 'patch', 'put'].includes(method) && operation.requestBody?.content?.['application/json'],
        )
        .map(([method]) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    )
    .sort();
}
