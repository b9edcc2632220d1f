import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { insertItem } from '../../platform/testing/factories/catalogue.ts';
import { setUpTestApp } from '../../platform/testing/test-app.ts';

// The shared write-properties harness sends JSON bodies from a zod schema; uploads are raw bytes
// with the name in the query, so they get their own property here.

const { t, delegate } = setUpTestApp({ delegate: { role: 'delegation_member', provinceId: 'mangystau' } });
let itemId = '';

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010804000000b51c0c020000000b4944415478da6364600000000600023081d02f0000000049454e44ae426082',
  'hex',
);
const PDF_HEAD = Buffer.from('%PDF-1.4\n%%EOF\n', 'latin1');

const hostileName = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 260 }),
  fc.string({ unit: 'grapheme', maxLength: 220 }),
  fc.constantFrom(
    '../../etc/passwd',
    'a\r\nSet-Cookie: x=1',
    '"; filename=evil.html',
    'گزارش‌سالانه.pdf',
    ' . ',
    '%00.png',
    'x\u202Egnp.exe',
  ),
);
const content = fc.oneof(
  fc.constant(PNG),
  fc.constant(PDF_HEAD),
  fc.uint8Array({ maxLength: 2048 }).map((bytes) => Buffer.from(bytes)),
  fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.concat([PNG.subarray(0, 8), bytes])),
);
const contentType = fc.constantFrom(
  'application/octet-stream',
  'application/pdf',
  'image/png',
  'text/plain',
  'application/json',
  'multipart/form-data; boundary=x',
);

async function fingerprint(): Promise<string> {
  const result = await t.database.db.execute(
    sql`select concat_ws('/', (select count(*) from catalogue_attachments), (select count(*) from audit_log)) as state`,
  );
  return (result as unknown as { rows: { state: string }[] }).rows[0]!.state;
}

beforeAll(async () => {
  itemId = await insertItem(t.database.db, {
    kind: 'offer',
    provinceId: 'mangystau',
    language: 'kk',
    title: { kk: 'Ақтау портындағы қоймалар' },
    taxonomyCodes: ['transit_logistics'],
    status: 'published',
    ownerUserId: delegate.actor.userId,
  });
});

it('never answers 5xx to an upload, stores nothing it refuses, and serves what it took with a header-safe name', {
  timeout: 120_000,
}, async () => {
  let accepted = 0;
  await fc.assert(
    fc.asyncProperty(hostileName, content, contentType, async (fileName, body, declared) => {
      const before = await fingerprint();
      const response = await t.request({
        method: 'POST',
        url: `/api/items/${itemId}/attachments?fileName=${encodeURIComponent(fileName)}`,
        payload: body,
        headers: { 'content-type': declared, 'accept-language': 'fa' },
        as: delegate,
      });
      expect(response.statusCode).toBeLessThan(500);
      if (response.statusCode >= 400) {
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(await fingerprint()).toBe(before);
        return;
      }
      accepted++;
      const { id } = response.json();
      const file = await t.request({ method: 'GET', url: `/api/attachments/${id}` });
      expect(file.rawPayload.equals(body)).toBe(true);
      expect(file.headers['content-disposition']).toMatch(
        /^(inline|attachment); filename="[\x20-\x7E]*"; filename\*=UTF-8''[A-Za-z0-9%!#$&+\-.^_`|~]+$/,
      );
      expect((await t.request({ method: 'DELETE', url: `/api/attachments/${id}`, as: delegate })).statusCode).toBe(204);
    }),
    { numRuns: 300 },
  );
  expect(accepted).toBeGreaterThan(0);
});
