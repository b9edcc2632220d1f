import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import { negotiateLocale } from '../i18n/negotiate.ts';
import { isLocale, LOCALE_COOKIE, LOCALE_DIRECTION } from '../i18n/locales.ts';
import { AppError } from '../errors/app-error.ts';
import { sendProblem } from './error-handler.ts';

/**
 * Serves the built browser app from the same process: hashed assets from disk, and index.html
 * for every page under a locale prefix, with lang and dir already set so the first paint is right.
 * Assets go out as the build's `.br` or `.gz` sibling when the browser takes it (written by
 * scripts/precompress-assets.ts; an older build without them is served as it is), and are cached
 * for a year: their names change with their content. Pages are revalidated on every visit.
 */
export async function registerWebApp(app: FastifyInstance, distDir: string | null): Promise<void> {
  const indexPath = distDir ? join(distDir, 'index.html') : null;
  const indexHtml = indexPath && existsSync(indexPath) ? readFileSync(indexPath, 'utf8') : null;
  if (distDir && indexHtml) {
    await app.register(fastifyStatic, {
      root: join(distDir, 'assets'),
      prefix: '/assets/',
      immutable: true,
      maxAge: '365d',
      preCompressed: true,
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (path.startsWith('/api/') || path === '/api' || !indexHtml || request.method !== 'GET') {
      return sendProblem(request, reply, new AppError('route_not_found', { method: request.method, url: path }));
    }
    return servePage(request, reply, indexHtml, path);
  });
}

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
