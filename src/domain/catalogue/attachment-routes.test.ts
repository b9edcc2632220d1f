import { beforeAll, describe, expect, it } from 'vitest';
import { insertItem, type ItemSpec } from '../../platform/testing/factories/catalogue.ts';
import { setUpTestApp, type Credentials } from '../../platform/testing/test-app.ts';

const { t, astrakhan, gilan, admin } = setUpTestApp({
  astrakhan: { role: 'delegation_member', provinceId: 'astrakhan' },
  gilan: { role: 'delegation_member', provinceId: 'gilan' },
  admin: { role: 'secretariat_admin' },
});
let publishedId = '';
let draftId = '';

const sturgeonNeed: ItemSpec = {
  kind: 'need',
  provinceId: 'astrakhan',
  language: 'ru',
  title: { ru: 'Молодь осетровых для зарыбления' },
  taxonomyCodes: ['fisheries_aquaculture.aquaculture'],
};

// A whole PDF: one empty page, with the cross-reference table pointing at each object's byte offset.
const PDF = Buffer.from(
  '%PDF-1.4\n' +
    '1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n' +
    '2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n' +
    '3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 72 72] >>\nendobj\n' +
    'xref\n0 4\n0000000000 65535 f \n0000000009 00000 n \n0000000058 00000 n \n0000000115 00000 n \n' +
    'trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n184\n%%EOF\n',
  'latin1',
);

// One grey, transparent pixel.
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010804000000b51c0c020000000b4944415478da6364600000000600023081d02f0000000049454e44ae426082',
  'hex',
);

const MB = 1024 * 1024;

/** A need of Astrakhan's, filed by its office. */
const addNeed = (spec: ItemSpec) =>
  insertItem(t.database.db, { ...sturgeonNeed, ownerUserId: astrakhan.actor.userId, ...spec });

const upload = (
  itemId: string,
  fileName: string,
  payload: Buffer,
  as?: Credentials,
  contentType = 'application/octet-stream',
) =>
  t.request({
    method: 'POST',
    url: `/api/items/${itemId}/attachments?fileName=${encodeURIComponent(fileName)}`,
    payload,
    headers: { 'content-type': contentType },
    as,
  });
const get = (url: string, as?: Credentials) => t.request({ method: 'GET', url, as });
const listOf = async (itemId: string, as: Credentials = astrakhan) =>
  (await get(`/api/items/${itemId}/attachments`, as)).json() as { id: string; fileName: string }[];

beforeAll(async () => {
  publishedId = await addNeed({ status: 'published' });
  draftId = await addNeed({ title: { ru: 'Черновик' } });
});

describe('attaching files to an offer or a need', () => {
  it('accepts a PDF and gives it back byte for byte, to be saved, cacheable by all once published', async () => {
    const created = await upload(publishedId, 'report.pdf', PDF, astrakhan);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toEqual({
      id: expect.any(String),
      itemId: publishedId,
      fileName: 'report.pdf',
      mediaType: 'application/pdf',
      sizeBytes: PDF.length,
      uploadedAt: t.clock.now().toISOString(),
    });

    const file = await get(`/api/attachments/${created.json().id}`);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(PDF)).toBe(true);
    expect(file.headers).toMatchObject({
      'content-type': 'application/pdf',
      'content-length': String(PDF.length),
      'x-content-type-options': 'nosniff',
      'content-disposition': `attachment; filename="report.pdf"; filename*=UTF-8''report.pdf`,
      'cache-control': 'public, max-age=86400',
    });
  });

  it('accepts a PNG whatever type the browser declared, and shows it inline', async () => {
    t.clock.advanceMinutes(1);
    const created = await upload(publishedId, 'pixel.png', PNG, astrakhan, 'text/plain');
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().mediaType).toBe('image/png');
    const file = await get(`/api/attachments/${created.json().id}`);
    expect(file.rawPayload.equals(PNG)).toBe(true);
    expect(file.headers['content-type']).toBe('image/png');
    expect(file.headers['content-disposition']).toMatch(/^inline; /);
  });

  it('keeps a Persian file name through the round trip', async () => {
    const name = 'گزارش سالانه ۱۴۰۴.pdf';
    t.clock.advanceMinutes(1);
    const created = await upload(publishedId, name, PDF, astrakhan, 'application/pdf');
    expect(created.json().fileName).toBe(name);
    const disposition = (await get(`/api/attachments/${created.json().id}`)).headers['content-disposition'] as string;
    expect(decodeURIComponent(disposition.split("filename*=UTF-8''")[1]!)).toBe(name);
  });

  it('stores and offers a PDF that is also a page of HTML under a PDF name, to be saved, never sniffed', async () => {
    const polyglot = Buffer.concat([PDF, Buffer.from('<html><script>alert(document.domain)</script></html>\n')]);
    const itemId = await addNeed({ title: { ru: 'Счёт' } });
    const created = await upload(itemId, 'invoice.html', polyglot, astrakhan, 'text/html');
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ fileName: 'invoice.pdf', mediaType: 'application/pdf' });
    const file = await get(`/api/attachments/${created.json().id}`, astrakhan);
    expect(file.headers).toMatchObject({
      'content-type': 'application/pdf',
      'x-content-type-options': 'nosniff',
      'content-disposition': `attachment; filename="invoice.pdf"; filename*=UTF-8''invoice.pdf`,
    });
  });

  it('lists what an item carries in the order it was attached, without the content', async () => {
    const list = (await get(`/api/items/${publishedId}/attachments`)).json();
    expect(list.map((attachment: { fileName: string }) => attachment.fileName)).toEqual([
      'report.pdf',
      'pixel.png',
      'گزارش سالانه ۱۴۰۴.pdf',
    ]);
    expect(Object.keys(list[0]).sort()).toEqual(['fileName', 'id', 'itemId', 'mediaType', 'sizeBytes', 'uploadedAt']);
  });

  it('audits an upload with the metadata and not the bytes', async () => {
    const entries = (await get(`/api/audit?entityId=${publishedId}&action=item.attach`, admin)).json();
    expect(entries).toHaveLength(3);
    expect(entries[0].after).toMatchObject({
      itemId: publishedId,
      mediaType: 'application/pdf',
      sizeBytes: PDF.length,
    });
    expect(entries[0].after).not.toHaveProperty('content');
  });
});

describe('refused files', () => {
  it('names a text file that calls itself a PDF for what it is', async () => {
    const response = await upload(
      draftId,
      'report.pdf',
      Buffer.from('Quarterly figures, honestly a PDF\n'),
      astrakhan,
      'application/pdf',
    );
    expect(response.statusCode).toBe(415);
    expect(response.json()).toMatchObject({
      code: 'attachment_type_not_allowed',
      detail: expect.stringContaining('text/plain'),
    });
  });

  it('refuses 11 MB before reading it, and one byte over 10 MB after, storing nothing', async () => {
    for (const size of [11 * MB, 10 * MB + 1]) {
      const response = await upload(
        draftId,
        'big.pdf',
        Buffer.concat([PDF, Buffer.alloc(size - PDF.length)]),
        astrakhan,
      );
      expect(response.statusCode).toBe(413);
      expect(response.json()).toMatchObject({ code: 'attachment_too_large', detail: expect.stringContaining('10 MB') });
    }
    expect(await listOf(draftId)).toEqual([]);
  });

  it('refuses an empty body', async () => {
    const response = await upload(draftId, 'empty.pdf', Buffer.alloc(0), astrakhan);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'validation_failed',
      errors: [expect.objectContaining({ path: 'body', code: 'missing' })],
    });
  });

  it('refuses a file name that is a path, too long, or blank', async () => {
    for (const fileName of ['../../etc/passwd', 'C:\\report.pdf', 'a'.repeat(201), '   ']) {
      const response = await upload(draftId, fileName, PDF, astrakhan);
      expect(response.statusCode, fileName).toBe(400);
      expect(response.json().errors[0].path).toBe('query.fileName');
    }
    expect(await listOf(draftId)).toEqual([]);
  });

  it('takes ten files per item and refuses the eleventh', async () => {
    const itemId = await addNeed({ title: { ru: 'Десять файлов' } });
    for (let n = 1; n <= 10; n += 1) expect((await upload(itemId, `${n}.png`, PNG, astrakhan)).statusCode).toBe(201);
    const eleventh = await upload(itemId, '11.png', PNG, astrakhan);
    expect(eleventh.statusCode).toBe(400);
    expect(eleventh.json().errors).toEqual([
      { path: 'attachments', code: 'too_big', message: 'Must have at most 10 items.' },
    ]);
    expect(await listOf(itemId)).toHaveLength(10);
  });
});

describe('who may attach, see and remove files', () => {
  it('refuses a delegate of another province, and stores nothing', async () => {
    const before = await listOf(publishedId);
    const response = await upload(publishedId, 'foreign.pdf', PDF, gilan);
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('forbidden');
    expect(await listOf(publishedId)).toEqual(before);
  });

  it('answers an item the uploader cannot see as not found', async () => {
    const response = await upload(draftId, 'foreign.pdf', PDF, gilan);
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('item_not_found');
  });

  it('wants the uploader signed in', async () => {
    expect((await upload(publishedId, 'anonymous.pdf', PDF)).statusCode).toBe(401);
  });

  it("keeps a draft's files from the public and other provinces, and out of shared caches", async () => {
    const { id } = (await upload(draftId, 'plan.png', PNG, astrakhan)).json();
    expect((await get(`/api/items/${draftId}/attachments`)).json().code).toBe('item_not_found');
    for (const as of [undefined, gilan]) {
      const response = await get(`/api/attachments/${id}`, as);
      expect(response.statusCode).toBe(404);
      expect(response.json().code).toBe('attachment_not_found');
    }
    const own = await get(`/api/attachments/${id}`, astrakhan);
    expect(own.statusCode).toBe(200);
    expect(own.headers['cache-control']).toBe('private, max-age=3600');
  });

  it('answers an unknown attachment as not found', async () => {
    const response = await get('/api/attachments/00000000-0000-4000-8000-000000000000');
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('attachment_not_found');
  });

  it('lets a writer of the item delete a file, audited, and nobody else', async () => {
    const { id } = (await upload(publishedId, 'outdated.pdf', PDF, astrakhan)).json();
    const remove = (as?: Credentials) => t.request({ method: 'DELETE', url: `/api/attachments/${id}`, as });
    expect((await remove()).statusCode).toBe(401);
    expect((await remove(gilan)).statusCode).toBe(403);
    expect((await remove(astrakhan)).statusCode).toBe(204);
    expect((await get(`/api/attachments/${id}`)).statusCode).toBe(404);
    expect((await remove(astrakhan)).statusCode).toBe(404);
    const entries = (await get(`/api/audit?entityId=${publishedId}&action=item.detach`, admin)).json();
    expect(entries).toEqual([
      expect.objectContaining({
        actorUserId: astrakhan.actor.userId,
        before: expect.objectContaining({ id, fileName: 'outdated.pdf' }),
      }),
    ]);
  });
});
