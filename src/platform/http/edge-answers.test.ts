import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isErrorCode } from '../errors/error-codes.ts';
import { setUpTestApp } from '../testing/test-app.ts';
import { createHttpServer, type HttpServer } from './server.ts';
import { registerWebApp } from './web-app.ts';

const { t, delegate } = setUpTestApp({ delegate: { role: 'delegation_member', provinceId: 'gilan' } });

type Answer = { statusCode: number; headers: Record<string, unknown>; body: string };

function expectProblem(answer: Answer, status: number, code: string) {
  expect(answer.statusCode).toBe(status);
  expect(answer.headers['content-type']).toContain('application/problem+json');
  const body = JSON.parse(answer.body);
  expect(body).toMatchObject({ status, code, type: `/api/problems/${code}` });
  expect(isErrorCode(body.code)).toBe(true);
  expect(body.title).not.toBe(`problem.${code}.title`);
  expectSecurityHeaders(answer.headers);
  return body;
}

function expectSecurityHeaders(headers: Record<string, unknown>) {
  const policy = String(headers['content-security-policy']);
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toMatch(/script-src 'self'(;|$)/);
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
}

/** What Node's parser refuses never reaches inject: these go over a real socket. */
async function sendRaw(port: number, request: string): Promise<Answer> {
  const socket = connect(port, '127.0.0.1');
  socket.on('error', () => {}); // the server closes the socket after answering
  const chunks: Buffer[] = [];
  socket.on('data', (chunk: Buffer) => chunks.push(chunk));
  await new Promise<void>((resolve) => socket.on('connect', resolve));
  socket.write(request);
  await new Promise<void>((resolve) => socket.on('close', () => resolve()));
  const [head = '', body = ''] = Buffer.concat(chunks).toString('utf8').split('\r\n\r\n');
  const [statusLine = '', ...headerLines] = head.split('\r\n');
  const headers = Object.fromEntries(
    headerLines.map((line) => [
      line.slice(0, line.indexOf(':')).toLowerCase(),
      line.slice(line.indexOf(':') + 1).trim(),
    ]),
  );
  return { statusCode: Number(statusLine.split(' ')[1]), headers, body };
}

describe('Fastify’s own refusals under /api', () => {
  it('answers a URL that is not UTF-8 with malformed_url', async () => {
    expectProblem(await t.request({ method: 'GET', url: '/api/items/%ED%A0%80' }), 400, 'malformed_url');
  });

  it('answers a path parameter past the router’s limit with 414 url_too_long', async () => {
    expectProblem(await t.request({ method: 'GET', url: `/api/items/${'a'.repeat(120)}` }), 414, 'url_too_long');
  });

  it('answers a text/plain body, which any site’s form can send, with unsupported_media_type', async () => {
    const response = await t.request({
      method: 'PATCH',
      url: '/api/provinces/gilan',
      payload: '{"overview":{"en":"x"}}',
      headers: { 'content-type': 'text/plain' },
      as: delegate,
    });
    expectProblem(response, 415, 'unsupported_media_type');
  });

  it('answers lookups of prototype names as unknown problem types, not 500', async () => {
    for (const name of ['__proto__', 'constructor', 'hasOwnProperty', 'toString', 'valueOf']) {
      const response = await t.request({ method: 'GET', url: `/api/problems/${name}` });
      expectProblem(response, 404, 'problem_type_not_found');
    }
  });

  it('puts the security headers on answers, refusals and the API docs', async () => {
    expectSecurityHeaders((await t.request({ method: 'GET', url: '/api/health' })).headers);
    expectProblem(await t.request({ method: 'GET', url: '/api/no-such-thing' }), 404, 'route_not_found');
    const docs = await t.request({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).not.toMatch(/<script>(?!\s*<\/script>)|<script(?![^>]*\bsrc=)[^>]*>\S/);
    expectSecurityHeaders(docs.headers);
  });
});

describe('refusals from Node’s HTTP parser', () => {
  let port: number;
  beforeAll(async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as { port: number }).port;
  });

  it('answers a 60 KB query string with 431 headers_too_large as problem details', async () => {
    const answer = await sendRaw(port, `GET /api/items?q=${'a'.repeat(60_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    const body = expectProblem(answer, 431, 'headers_too_large');
    expect(body.detail).toContain('16');
  });

  it('answers a 60 KB header with 431 too', async () => {
    const answer = await sendRaw(
      port,
      `GET /api/health HTTP/1.1\r\nHost: x\r\nX-Filler: ${'b'.repeat(60_000)}\r\n\r\n`,
    );
    expectProblem(answer, 431, 'headers_too_large');
  });

  it('answers bytes that are not HTTP with malformed_request', async () => {
    expectProblem(await sendRaw(port, 'HELLO THERE\r\n\r\n'), 400, 'malformed_request');
  });
});

describe('pages, assets and HTTPS', () => {
  let web: HttpServer;
  let distDir: string;
  beforeAll(async () => {
    distDir = mkdtempSync(join(tmpdir(), 'cb-web-'));
    mkdirSync(join(distDir, 'assets'));
    writeFileSync(
      join(distDir, 'index.html'),
      '<html lang="en" dir="ltr"><script type="module" src="/assets/app.js"></script></html>',
    );
    writeFileSync(join(distDir, 'assets', 'app.js'), 'export {};');
    web = await createHttpServer({ logLevel: 'silent', trustProxy: true });
    await registerWebApp(web, distDir);
    await web.ready();
  });
  afterAll(async () => {
    await web?.close();
    rmSync(distDir, { recursive: true, force: true });
  });

  it('puts the security headers on pages and static assets', async () => {
    const page = await web.inject({ method: 'GET', url: '/en/sign-in' });
    expect(page.statusCode).toBe(200);
    expectSecurityHeaders(page.headers);
    const asset = await web.inject({ method: 'GET', url: '/assets/app.js' });
    expect(asset.statusCode).toBe(200);
    expectSecurityHeaders(asset.headers);
    const redirect = await web.inject({ method: 'GET', url: '/' });
    expectSecurityHeaders(redirect.headers);
  });

  it('asks for HTTPS only when the request came over it, as told by a trusted proxy', async () => {
    const plain = await web.inject({ method: 'GET', url: '/en/' });
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    const secure = await web.inject({ method: 'GET', url: '/en/', headers: { 'x-forwarded-proto': 'https' } });
    expect(secure.headers['strict-transport-security']).toMatch(/^max-age=\d{8,}/);
  });

  it('ignores X-Forwarded-Proto from a client when no proxy is trusted', async () => {
    const secure = await t.request({ method: 'GET', url: '/api/health', headers: { 'x-forwarded-proto': 'https' } });
    expect(secure.headers['strict-transport-security']).toBeUndefined();
  });
});

describe('a restart', () => {
  it('refuses a request that arrives while the server drains as 503 shutting_down', async () => {
    const server = await createHttpServer({ logLevel: 'silent' });
    let release = () => {};
    const started = new Promise<void>((resolveStarted) => {
      server.get('/api/slow', async () => {
        resolveStarted();
        await new Promise<void>((resolve) => {
          release = resolve;
        });
        return { done: true };
      });
    });
    server.get('/api/fast', async () => ({ done: true }));
    await server.listen({ port: 0, host: '127.0.0.1' });
    const socket = connect((server.server.address() as { port: number }).port, '127.0.0.1');
    socket.on('error', () => {});
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    const ended = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    socket.write('GET /api/slow HTTP/1.1\r\nHost: x\r\n\r\n');
    await started;
    const closed = server.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    // The connection stays open while the first request runs; a second one on it arrives mid-drain.
    socket.write('GET /api/fast HTTP/1.1\r\nHost: x\r\n\r\n');
    await new Promise((resolve) => setTimeout(resolve, 100));
    release();
    await Promise.race([ended, new Promise((resolve) => setTimeout(resolve, 3_000))]);
    socket.destroy();
    await closed;
    const text = Buffer.concat(chunks).toString('utf8');
    const second = text.slice(text.indexOf('HTTP/1.1', 1));
    const [head = '', body = ''] = second.split('\r\n\r\n');
    const headers = Object.fromEntries(
      head
        .split('\r\n')
        .slice(1)
        .map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
    );
    expect(text).toContain('{"done":true}');
    expectProblem({ statusCode: Number(head.split(' ')[1]), headers, body }, 503, 'shutting_down');
    expect(headers['retry-after']).toBe('5');
  });
});
