import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiProblem, rememberCsrfToken } from '../api/client.ts';
import { SPREADSHEET_TYPES, sendFile } from './raw-body.ts';

const answer = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('files sent as the request body', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    rememberCsrfToken(null);
  });

  it('puts the path and query into the URL, and sends the file with its own type and the CSRF token', async () => {
    const fetch = vi.fn(async (_url: string, _init: RequestInit) => answer(201, { id: 'a1', fileName: 'x' }));
    vi.stubGlobal('fetch', fetch);
    rememberCsrfToken('token');
    const file = new Blob(['%PDF'], { type: 'application/pdf' });
    const params = { path: { id: 'item 1' }, query: { fileName: 'Offer sheet.pdf' } };
    await expect(sendFile('/api/items/{id}/attachments', params, file)).resolves.toMatchObject({ id: 'a1' });
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/api/items/item%201/attachments?fileName=Offer%20sheet.pdf');
    expect(init).toMatchObject({ method: 'POST', body: file, credentials: 'same-origin' });
    expect(init.headers).toMatchObject({ 'content-type': 'application/pdf', 'x-csrf-token': 'token' });
  });

  it('names a spreadsheet by the type it was given, and a file without one as plain bytes', async () => {
    const fetch = vi.fn(async (_url: string, _init: RequestInit) => answer(201, { imported: 0 }));
    vi.stubGlobal('fetch', fetch);
    await sendFile('/api/items/import', { query: { status: 'draft' } }, new Blob(['a,b']), SPREADSHEET_TYPES.csv);
    await sendFile('/api/items/{id}/attachments', { path: { id: 'i' }, query: { fileName: 'f' } }, new Blob(['?']));
    expect(fetch.mock.calls[0]![0]).toBe('/api/items/import?status=draft');
    expect(fetch.mock.calls[0]![1].headers).toMatchObject({ 'content-type': 'text/csv' });
    expect(fetch.mock.calls[1]![1].headers).toMatchObject({ 'content-type': 'application/octet-stream' });
  });

  it('throws the server refusal as ApiProblem', async () => {
    const problem = {
      type: 'about:blank',
      title: 'Too large',
      status: 413,
      detail: 'At most 10 MB.',
      code: 'payload_too_large',
    };
    vi.stubGlobal('fetch', async () => answer(413, problem));
    const sending = sendFile('/api/items/import', {}, new Blob(['x']), SPREADSHEET_TYPES.csv);
    await expect(sending).rejects.toBeInstanceOf(ApiProblem);
    await expect(sending).rejects.toMatchObject({ problem: { code: 'payload_too_large', detail: 'At most 10 MB.' } });
  });
});
