import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * Everything the platform serves comes from itself (fonts, scripts, map, API docs), so `'self'`
 * is the whole policy. Scripts never run inline: the Vite build and Swagger UI load theirs from
 * files. Styles keep 'unsafe-inline' because charts, the map and Swagger UI set style attributes.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "script-src-attr 'none'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Sent with every answer, pages, assets, API and the raw 431 alike. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  // For browsers that predate frame-ancestors: nobody frames the admin pages.
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'cross-origin-opener-policy': 'same-origin',
};

/** Two years, as the HSTS preload list asks; sent only over HTTPS, where a browser heeds it. */
const STRICT_TRANSPORT_SECURITY = 'max-age=63072000; includeSubDomains';

/**
 * `request.protocol` reads X-Forwarded-Proto only when the server trusts its proxy, so a client
 * cannot switch HSTS on for a plain-HTTP deployment by sending the header itself.
 */
function isHttps(request: FastifyRequest): boolean {
  return request.protocol === 'https';
}

export function setSecurityHeaders(request: FastifyRequest, reply: FastifyReply): void {
  reply.headers(SECURITY_HEADERS);
  if (isHttps(request)) reply.header('strict-transport-security', STRICT_TRANSPORT_SECURITY);
}

export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    setSecurityHeaders(request, reply);
    return payload;
  });
}
