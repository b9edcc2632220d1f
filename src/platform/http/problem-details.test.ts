import { describe, expect, it } from 'vitest';
import { setUpTestApp, type TestApp } from '../testing/test-app.ts';
import { ERROR_CODES } from '../errors/error-codes.ts';

const { t, delegate } = setUpTestApp({ delegate: { role: 'delegation_member', provinceId: 'gilan' } });

const patchGilan = (payload: string, headers: Record<string, string> = {}) =>
  t.request({
    method: 'PATCH',
    url: '/api/provinces/gilan',
    payload,
    headers: { 'content-type': 'application/json', ...headers },
    as: delegate,
  });

function expectProblem(response: Awaited<ReturnType<TestApp['request']>>, status: number, code: string) {
  expect(response.statusCode).toBe(status);
  expect(response.headers['content-type']).toContain('application/problem+json');
  const body = response.json();
  expect(body).toMatchObject({ status, code, type: `/api/problems/${code}` });
  expect(body.title).toEqual(expect.any(String));
  expect(body.detail).toEqual(expect.any(String));
  expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
  return body;
}

describe('problem details for bad requests', () => {
  it('answers malformed JSON with malformed_json', async () => {
    expectProblem(await patchGilan('{"overview": {"fa": "ناتمام'), 400, 'malformed_json');
  });

  it('answers a non-JSON content type with unsupported_media_type', async () => {
    const response = await t.request({
      method: 'PATCH',
      url: '/api/provinces/gilan',
      payload: 'overview=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      as: delegate,
    });
    expectProblem(response, 415, 'unsupported_media_type');
  });

  it('answers an oversized body with payload_too_large', async () => {
    expectProblem(
      await patchGilan(JSON.stringify({ overview: { en: 'x'.repeat(1_100_000) } })),
      413,
      'payload_too_large',
    );
  });

  it('answers wrong types with the path of each field', async () => {
    const body = expectProblem(await patchGilan(JSON.stringify({ overview: { fa: 42 } })), 400, 'validation_failed');
    expect(body.errors).toEqual([expect.objectContaining({ path: 'overview.fa', code: 'invalid_type' })]);
  });

  it('answers a missing field as required, not as a wrong type', async () => {
    const response = await t.request({ method: 'POST', url: '/api/items', payload: {}, as: delegate });
    const body = expectProblem(response, 400, 'validation_failed');
    expect(body.errors).toContainEqual({ path: 'kind', code: 'required', message: 'This field is required.' });
    expect(body.errors).toContainEqual({ path: 'title', code: 'required', message: 'This field is required.' });
  });

  it('refuses NUL characters and broken encodings before they reach the database', async () => {
    const body = expectProblem(
      await patchGilan(JSON.stringify({ overview: { fa: 'a\u0000b' } })),
      400,
      'validation_failed',
    );
    expect(body.errors).toEqual([expect.objectContaining({ path: 'overview.fa', code: 'invalid_characters' })]);
  });

  it('answers an unknown API route with route_not_found', async () => {
    const body = expectProblem(await t.request({ method: 'GET', url: '/api/no-such-thing' }), 404, 'route_not_found');
    expect(body.detail).toContain('/api/no-such-thing');
  });

  it('writes the title and detail in the language of the request', async () => {
    const english = (
      await t.request({ method: 'GET', url: '/api/provinces/nowhere', headers: { 'accept-language': 'en' } })
    ).json();
    for (const locale of ['fa', 'ru', 'az', 'kk', 'tk']) {
      const translated = (
        await t.request({ method: 'GET', url: '/api/provinces/nowhere', headers: { 'accept-language': locale } })
      ).json();
      expect(translated.code).toBe('province_not_found');
      expect(translated.title, locale).not.toBe(english.title);
    }
  });

  it('prefers the language chosen in the cookie over the browser default', async () => {
    const response = await t.request({
      method: 'GET',
      url: '/api/provinces/nowhere',
      headers: { 'accept-language': 'en', cookie: 'cb_lang=ru' },
    });
    expect(response.json().title).toMatch(/[а-яА-Я]/);
  });

  it('describes every problem type at its type URI', async () => {
    for (const code of ERROR_CODES) {
      const response = await t.request({ method: 'GET', url: `/api/problems/${code}` });
      expect(response.statusCode, code).toBe(200);
      expect(response.json().title, code).not.toBe(`problem.${code}.title`);
    }
    expectProblem(await t.request({ method: 'GET', url: '/api/problems/not_a_code' }), 404, 'problem_type_not_found');
  });
});

describe('health and the API description', () => {
  it('reports the database kind, that it answers, and the latest migration', async () => {
    const health = (await t.request({ method: 'GET', url: '/api/health' })).json();
    expect(health.status).toBe('ok');
    expect(health.database).toMatchObject({ kind: process.env.DATABASE_URL ? 'postgres' : 'pglite', reachable: true });
    expect(health.database.appliedMigrations).toBe(health.database.knownMigrations);
    expect(health.database.migration).toMatch(/^\d{4}_/);
  });

  it('serves an OpenAPI 3.1 document generated from the route schemas', async () => {
    const document = (await t.request({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(document.openapi).toBe('3.1.0');
    const patch = document.paths['/api/provinces/{id}'].patch;
    expect(patch.requestBody.content['application/json'].schema).toBeDefined();
    expect(Object.keys(patch.responses)).toEqual(expect.arrayContaining(['200', '400', '403']));
  });
});
