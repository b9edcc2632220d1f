import { connect } from 'node:net';
import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { isErrorCode } from '../errors/error-codes.ts';
import { setUpTestApp } from '../testing/test-app.ts';

// Hostile requests at the HTTP edge (not bodies for one schema: write-properties does those), over
// every route of the OpenAPI document. 100 runs keep this file to seconds; fast-check draws a new
// seed each run, so successive CI runs explore different requests.
const RUNS = 100;
const SOCKET_RUNS = 20;
const BODY_LIMIT_BYTES = 1024 * 1024;

const { t, staff } = setUpTestApp({ staff: { role: 'secretariat_staff' } });
let routes: { method: string; path: string }[] = [];

beforeAll(async () => {
  const document = (await t.request({ method: 'GET', url: '/api/openapi.json' })).json() as {
    paths: Record<string, Record<string, unknown>>;
  };
  routes = Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.keys(operations).map((method) => ({ method: method.toUpperCase(), path })),
  );
});

const utf8Breakers = ['%ED%A0%80', '%C0%AF', '%FF', '%E2%82', '%', '%zz', '%00', '%2F..%2F', '\u0000'];
const segment = fc.oneof(
  fc.string({ maxLength: 12 }).map(encodeURIComponent),
  fc.constantFrom(...utf8Breakers, '__proto__', 'constructor', '..', '.'),
  fc.integer({ min: 90, max: 400 }).map((length) => 'x'.repeat(length)),
);
const queryString = fc.oneof(
  fc.constant(''),
  fc.dictionary(fc.constantFrom('q', 'limit', 'cursor', 'lang', '__proto__', 'format'), segment, { maxKeys: 4 }).map(
    (entries) =>
      `?${Object.entries(entries)
        .map(([key, value]) => `${key}=${value}`)
        .join('&')}`,
  ),
  fc.integer({ min: 1_000, max: 12_000 }).map((length) => `?q=${'y'.repeat(length)}`),
);
const contentType = fc.constantFrom(
  'application/json',
  'application/json; charset=latin1',
  'text/plain',
  'text/html',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/octet-stream',
  ';;;',
  'application/json; charset=utf-8; x=',
  '',
);
const body = fc.oneof(
  fc.constantFrom('', '{', '{"a":', '[1,2', 'null', '"x"', '{"__proto__":{"admin":true}}', '{"constructor":{}}'),
  fc.json({ maxDepth: 3 }),
  fc.string({ maxLength: 200 }),
  fc.constantFrom(BODY_LIMIT_BYTES + 1, 2 * BODY_LIMIT_BYTES).map((size) => `{"x":"${'z'.repeat(size)}"}`),
);

/** A route from the document with its parameters replaced, or an invented path under /api. */
const target = fc.record({
  routeIndex: fc.nat(),
  segments: fc.array(segment, { minLength: 1, maxLength: 4 }),
  invented: fc.boolean(),
  method: fc.constantFrom('GET', 'POST', 'PATCH', 'PUT', 'DELETE', 'OPTIONS', 'HEAD', 'TRACE'),
  keepMethod: fc.boolean(),
});

function urlOf(choice: {
  routeIndex: number;
  segments: string[];
  invented: boolean;
  method: string;
  keepMethod: boolean;
}): {
  method: string;
  url: string;
} {
  if (choice.invented || routes.length === 0)
    return { method: choice.method, url: `/api/${choice.segments.join('/')}` };
  const route = routes[choice.routeIndex % routes.length]!;
  let index = 0;
  const path = route.path.replace(/\{[^}]+\}/g, () => choice.segments[index++ % choice.segments.length]!);
  return { method: choice.keepMethod ? route.method : choice.method, url: path };
}

function expectProblemAnswer(
  request: { method: string; url: string },
  response: { statusCode: number; headers: Record<string, unknown>; body: string },
) {
  const where = `${request.method} ${request.url.slice(0, 120)} → ${response.statusCode} ${response.body.slice(0, 200)}`;
  expect(response.statusCode, where).toBeLessThan(500);
  if (response.statusCode < 400) return;
  expect(String(response.headers['content-type']), where).toContain('application/problem+json');
  if (request.method === 'HEAD') return;
  const problem = JSON.parse(response.body) as { code: string; status: number };
  expect(isErrorCode(problem.code), where).toBe(true);
  expect(problem.status, where).toBe(response.statusCode);
}

describe('hostile requests at the HTTP edge', () => {
  it('are answered below 500, and every refusal under /api is problem details with a known code', async () => {
    await fc.assert(
      fc.asyncProperty(
        target,
        queryString,
        contentType,
        body,
        fc.boolean(),
        async (choice, query, type, payload, signedIn) => {
          const { method, url } = urlOf(choice);
          const hasBody = !['GET', 'HEAD', 'OPTIONS', 'TRACE'].includes(method);
          const options: InjectOptions & { as?: typeof staff } = {
            method: method as InjectOptions['method'],
            url: `${url}${query}`,
            ...(hasBody && { payload, headers: type ? { 'content-type': type } : {} }),
            ...(signedIn && { as: staff }),
          };
          const response = await t.request(options);
          expectProblemAnswer({ method, url: `${url}${query}` }, response);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('hostile requests Node’s parser sees first', () => {
  let port: number;
  beforeAll(async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as { port: number }).port;
  });

  async function sendRaw(request: string) {
    const socket = connect(port, '127.0.0.1');
    socket.on('error', () => {});
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    await new Promise<void>((resolve) => socket.on('connect', resolve));
    // Written, not ended: Node's server drops a request still in progress when the client half-closes
    // (no httpAllowHalfOpen), and `Connection: close` makes the server close once it has answered.
    socket.write(request);
    await new Promise<void>((resolve) => socket.on('close', () => resolve()));
    const [head = '', ...rest] = Buffer.concat(chunks).toString('utf8').split('\r\n\r\n');
    const [statusLine = '', ...headerLines] = head.split('\r\n');
    const headers = Object.fromEntries(
      headerLines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1)]),
    );
    return { statusCode: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') };
  }

  it('answer huge queries and headers and broken request lines with problem details too', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1_000, max: 70_000 }),
        fc.integer({ min: 0, max: 70_000 }),
        fc.constantFrom('GET /api/items', 'GET /api/health', 'POST /api/items', 'GET /api/%ED%A0%80', 'BREW /api'),
        fc.constantFrom('HTTP/1.1', 'HTTP/1.1', 'HTTP/9.9', ''),
        async (queryLength, headerLength, requestLine, version) => {
          const url = `${requestLine}?q=${'q'.repeat(queryLength)}`;
          const response = await sendRaw(
            `${url} ${version}\r\nHost: x\r\nConnection: close\r\nX-Filler: ${'h'.repeat(headerLength)}\r\n\r\n`,
          );
          expect(response.statusCode, `${requestLine} ${queryLength}/${headerLength}`).toBeGreaterThanOrEqual(200);
          expectProblemAnswer({ method: requestLine.split(' ')[0]!, url: requestLine }, response);
        },
      ),
      { numRuns: SOCKET_RUNS },
    );
  });
});
