import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import { negotiateLocale } from '../i18n/negotiate.ts';
import { isLocale, LOCALE_COOKIE, LOCALE_DIRECTION } from '../i18n/locales.ts';
import { AppError } from '../errors/app-error.ts';
import { sendProblem } from './error-handler.ts';
import { buildProblem } from './problem.ts';
import { serverMessages } from '../i18n/server-messages.ts';

/**
 * Serves the built browser app from the same process: hashed assets from disk, and index.html
 * for every page under a locale prefix, with lang and dir already set so the first paint is right.
 * Assets go out as the build's `.br` or `.gz` sibling when the browser takes it (written by
 * scripts/precompress-assets.ts; an older build without them is served as it is), and are cached
 * for a year: their names change with their content. Pages are revalidated on every visit.
 * index.html is read again when it changes: `npm start` builds the app while the database is set
 * up, so the server may listen before the build is in place; until then a page answers 503
 * `web_app_building`, as a short page that reloads itself.
 */
export async function registerWebApp(app: FastifyInstance, distDir: string | null): Promise<void> {
  const readIndex = distDir ? indexReader(join(distDir, 'index.html')) : () => null;
  if (distDir) {
    await app.register(fastifyStatic, {
      root: join(distDir, 'assets'),
      prefix: '/assets/',
      immutable: true,
      maxAge: '365d',
      preCompressed: true,
      // The folder appears with the first build, which may still be running.
      suppressWarning: true,
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (path.startsWith('/api/') || path === '/api' || !distDir || request.method !== 'GET') {
      return sendProblem(request, reply, new AppError('route_not_found', { method: request.method, url: path }));
    }
    const indexHtml = readIndex();
    if (!indexHtml) return serveBuildingPage(request, reply, path);
    return servePage(request, reply, indexHtml, path);
  });
}

/** The file's text, read again only when its modification time changes; null while it does not exist. */
function indexReader(indexPath: string): () => string | null {
  let cached: { mtimeMs: number; html: string } | null = null;
  return () => {
    const stats = statSync(indexPath, { throwIfNoEntry: false });
    if (!stats) return null;
    if (cached?.mtimeMs !== stats.mtimeMs) cached = { mtimeMs: stats.mtimeMs, html: readFileSync(indexPath, 'utf8') };
    return cached.html;
  };
}

const BUILDING_RETRY_SECONDS = 2;

function serveBuildingPage(request: FastifyRequest, reply: FastifyReply, path: string) {
  const [, first] = path.split('/');
  const locale = isLocale(first) ? first : request.locale;
  const problem = buildProblem({ locale, t: serverMessages(locale) }, new AppError('web_app_building'), request.id);
  const html = `<!doctype html><html lang="${locale}" dir="${LOCALE_DIRECTION[locale]}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><meta http-equiv="refresh" content="${BUILDING_RETRY_SECONDS}"><title>${escapeHtml(problem.title)}</title></head><body><p>${escapeHtml(problem.detail ?? '')}</p></body></html>`;
  return reply
    .status(problem.status)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('retry-after', String(BUILDING_RETRY_SECONDS))
    .send(html);
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[character]!);

function servePage(request: FastifyRequest, reply: FastifyReply, indexHtml: string, path: string) {
  const [, first] = path.split('/');
  if (!isLocale(first)) {
    const locale = negotiateLocale(request.headers['accept-language'], request.cookies[LOCALE_COOKIE]);
    return reply.redirect(`/${locale}${path === '/' ? '/' : path}`, 302);
  }
  const html = indexHtml.replace(
    '<html lang="en" dir="ltr">',
    `<html lang="${first}" dir="${LOCALE_DIRECTION[first]}">`,
  );
  return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
}
