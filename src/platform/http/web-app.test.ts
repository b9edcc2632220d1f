import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAppOn } from '../testing/test-app.ts';
import { type DatabaseHandle, openDatabase } from '../db/client.ts';
import type { HttpServer } from './server.ts';

const SCRIPT = `console.log(${JSON.stringify('Caspian '.repeat(400))});`;

/** A build folder as Vite and scripts/precompress-assets.ts leave it, plus a file from an older build without variants. */
function writeFakeBuild(): string {
  return writeFakeBuildInto(mkdtempSync(join(tmpdir(), 'caspian-dist-')));
}

function writeFakeBuildInto(distDir: string): string {
  mkdirSync(join(distDir, 'assets'));
  writeFileSync(
    join(distDir, 'index.html'),
    '<!doctype html><html lang="en" dir="ltr"><script type="module" src="/assets/index-abc123.js"></script></html>',
  );
  writeFileSync(join(distDir, 'assets/index-abc123.js'), SCRIPT);
  writeFileSync(join(distDir, 'assets/index-abc123.js.br'), brotliCompressSync(SCRIPT));
  writeFileSync(join(distDir, 'assets/index-abc123.js.gz'), gzipSync(SCRIPT));
  writeFileSync(join(distDir, 'assets/old-def456.js'), SCRIPT);
  return distDir;
}

describe('the built browser app', () => {
  let distDir: string;
  let database: DatabaseHandle;
  let app: HttpServer;
  beforeAll(async () => {
    distDir = writeFakeBuild();
    database = await openDatabase({});
    app = await buildAppOn(database, { webDistDir: distDir });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
    rmSync(distDir, { recursive: true, force: true });
  });

  const getScript = (url: string, acceptEncoding?: string) =>
    app.inject({ method: 'GET', url, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

  it('sends the brotli file to a browser that takes brotli, as JavaScript that varies by encoding', async () => {
    const response = await getScript('/assets/index-abc123.js', 'gzip, deflate, br');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/^text\/javascript|^application\/javascript/);
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(response.rawPayload.length).toBeLessThan(SCRIPT.length);
  });

  it('sends the gzip file to a browser that takes only gzip', async () => {
    const response = await getScript('/assets/index-abc123.js', 'gzip');
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(response.rawPayload).toString()).toBe(SCRIPT);
  });

  it('sends the file itself when the browser takes no compression or the build has no variant', async () => {
    const plain = await getScript('/assets/index-abc123.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);
    const older = await getScript('/assets/old-def456.js', 'gzip, br');
    expect(older.statusCode).toBe(200);
    expect(older.headers['content-encoding']).toBeUndefined();
    expect(older.body).toBe(SCRIPT);
  });

  it('lets browsers keep hashed assets for a year without asking again', async () => {
    const response = await getScript('/assets/index-abc123.js', 'br');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('has every page revalidated, so a new build is picked up at once', async () => {
    const response = await app.inject({ method: 'GET', url: '/en/provinces' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['cache-control']).toBe('no-cache');
  });
});

describe('a page asked for while npm start is still building the web app', () => {
  let distDir: string;
  let database: DatabaseHandle;
  let app: HttpServer;
  beforeAll(async () => {
    distDir = mkdtempSync(join(tmpdir(), 'caspian-dist-'));
    database = await openDatabase({});
    app = await buildAppOn(database, { webDistDir: distDir });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
    rmSync(distDir, { recursive: true, force: true });
  });

  it("answers 503 in the page's language, with Retry-After, as a page that reloads itself", async () => {
    const response = await app.inject({ method: 'GET', url: '/fa/provinces' });
    expect(response.statusCode).toBe(503);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['retry-after']).toBe('2');
    expect(response.body).toContain('<html lang="fa" dir="rtl">');
    expect(response.body).toContain('http-equiv="refresh"');
  });

  it('serves the app as soon as the build has put index.html in place', async () => {
    writeFakeBuildInto(distDir);
    const response = await app.inject({ method: 'GET', url: '/fa/provinces' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('/assets/index-abc123.js');
  });

  it('still answers an unknown API path as a problem, not as the page', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(response.statusCode).toBe(404);
  });
});
