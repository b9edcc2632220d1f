import { describe, expect, it } from 'vitest';
import { setUpTestApp } from '../testing/test-app.ts';

describe('caching of public API reads', () => {
  const { t, staff } = setUpTestApp({ staff: { role: 'secretariat_staff' } });

  it('gives a public read a weak ETag and asks for revalidation on every use', async () => {
    const response = await t.request({ method: 'GET', url: '/api/provinces' });
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toMatch(/^W\/"[\w-]+"$/);
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('answers 304 without a body when the browser already holds that answer', async () => {
    const first = await t.request({ method: 'GET', url: '/api/provinces' });
    const etag = String(first.headers.etag);
    const again = await t.request({ method: 'GET', url: '/api/provinces', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.etag).toBe(etag);
    const amongOthers = await t.request({
      method: 'GET',
      url: '/api/provinces',
      headers: { 'if-none-match': `W/"older", ${etag.replace(/^W\//, '')}` },
    });
    expect(amongOthers.statusCode).toBe(304);
  });

  it('sends the whole answer again when the ETag the browser holds is another one', async () => {
    const response = await t.request({ method: 'GET', url: '/api/provinces', headers: { 'if-none-match': 'W/"x"' } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual((await t.request({ method: 'GET', url: '/api/provinces' })).json());
  });

  it('gives the same ETag to the same answer and another to another answer', async () => {
    const provinces = await t.request({ method: 'GET', url: '/api/provinces' });
    const again = await t.request({ method: 'GET', url: '/api/provinces' });
    const edition = await t.request({ method: 'GET', url: '/api/editions/current' });
    expect(again.headers.etag).toBe(provinces.headers.etag);
    expect(edition.headers.etag).not.toBe(provinces.headers.etag);
  });

  it('never caches nor answers 304 to a signed-in reader', async () => {
    const publicEtag = String((await t.request({ method: 'GET', url: '/api/provinces' })).headers.etag);
    const response = await t.request({
      method: 'GET',
      url: '/api/provinces',
      headers: { 'if-none-match': publicEtag },
      as: staff,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBeUndefined();
    expect(response.headers['cache-control']).toBe('private, no-store');
  });

  it('leaves refusals alone', async () => {
    const response = await t.request({ method: 'GET', url: '/api/provinces/no-such-province' });
    expect(response.statusCode).toBe(404);
    expect(response.headers.etag).toBeUndefined();
  });
});
