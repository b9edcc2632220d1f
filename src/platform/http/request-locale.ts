import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { TFunction } from 'i18next';
import { negotiateLocale } from '../i18n/negotiate.ts';
import { LOCALE_COOKIE, type Locale } from '../i18n/locales.ts';
import { serverMessages } from '../i18n/server-messages.ts';

declare module 'fastify' {
  interface FastifyRequest {
    locale: Locale;
    t: TFunction;
  }
}

/** Every request knows its language before anything can fail, so even early errors are translated. */
export function registerRequestLocale(app: FastifyInstance): void {
  app.decorateRequest('locale', 'en');
  app.decorateRequest('t', null as unknown as TFunction);
  app.addHook('onRequest', async (request) => {
    request.locale = negotiateLocale(request.headers['accept-language'], readCookie(request, LOCALE_COOKIE));
    request.t = serverMessages(request.locale);
  });
}

function readCookie(request: FastifyRequest, name: string): string | undefined {
  return (request.cookies as Record<string, string | undefined> | undefined)?.[name];
}
