import { z } from 'zod';

const Config = z.object({
  port: z.coerce.number().int().min(0).max(65535).default(3000),
  host: z.string().default('0.0.0.0'),
  dataDir: z.string().default('./data'),
  databaseUrl: z.string().url().optional(),
  // Connections each instance keeps to PostgreSQL; instances × this must stay under the server's max_connections.
  databasePoolSize: z.coerce.number().int().min(1).max(200).default(10),
  adminEmail: z.email().default('admin@localhost'),
  adminPassword: z.string().min(12).optional(),
  smtpUrl: z.string().optional(),
  publicUrl: z.string().url().optional(),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  importConcurrency: z.coerce.number().int().min(1).max(16).default(1),
  importQueueWaitSeconds: z.coerce.number().int().min(1).max(120).default(10),
  trustProxy: z.string().optional().transform(parseTrustProxy),
  // Memory for each instance's copy of the busiest public answers; 0 turns the copy off.
  publicReadCacheMb: z.coerce.number().int().min(0).max(4096).default(64),
  // The embedded database's page cache (see DatabaseLocation); unset keeps PGlite's 128 MB.
  pgliteSharedBuffersMb: z.coerce.number().int().min(16).max(2048).optional(),
});
export type Config = z.infer<typeof Config>;

/** Reads the environment once, at start-up; nothing else in the app reads process.env. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return Config.parse({
    port: env.PORT || undefined,
    host: env.HOST || undefined,
    dataDir: env.DATA_DIR || undefined,
    databaseUrl: env.DATABASE_URL || undefined,
    databasePoolSize: env.DATABASE_POOL_SIZE || undefined,
    adminEmail: env.ADMIN_EMAIL || undefined,
    adminPassword: env.ADMIN_PASSWORD || undefined,
    smtpUrl: env.SMTP_URL || undefined,
    publicUrl: env.PUBLIC_URL || undefined,
    logLevel: env.LOG_LEVEL || undefined,
    importConcurrency: env.IMPORT_CONCURRENCY || undefined,
    importQueueWaitSeconds: env.IMPORT_QUEUE_WAIT_SECONDS || undefined,
    trustProxy: env.TRUST_PROXY || undefined,
    publicReadCacheMb: env.PUBLIC_READ_CACHE_MB || undefined,
    pgliteSharedBuffersMb: env.PGLITE_SHARED_BUFFERS_MB || undefined,
  });
}

/** Which proxies may tell the client's address in X-Forwarded-For: none or all, a hop count, or their addresses. */
export type TrustProxy = boolean | number | string[];

/** Fastify's `trustProxy` as its types name it; a hop count becomes the function proxy-addr makes of one. */
export type FastifyTrustProxy = boolean | string[] | ((address: string, hop: number) => boolean);

export function toFastifyTrustProxy(value: TrustProxy): FastifyTrustProxy {
  return typeof value === 'number' ? (_address, hop) => hop < value : value;
}

/**
 * TRUST_PROXY: unset or `false` trusts no proxy (the address is the socket's, whatever the headers
 * say); `true` trusts every hop; a number trusts that many hops; otherwise a comma-separated list
 * of proxy addresses or CIDR ranges (`127.0.0.1,10.0.0.0/8`).
 */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = value?.trim().toLowerCase();
  if (!text || text === 'false') return false;
  if (text === 'true') return true;
  if (/^\d+$/.test(text)) return Number(text);
  return text
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
}
