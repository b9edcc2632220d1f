import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { seedDatabase } from '../seed/seed-database.ts';
import { buildApp } from './app.ts';
import { purgeExpiredAccountsData } from './domain/accounts/housekeeping.ts';
import { purgeVisaDataOfEndedEditions } from './domain/delegations/visa-letters.ts';
import { ensureFirstAdmin, type FirstAdmin } from './domain/accounts/users.ts';
import { readConfig, type Config } from './platform/config.ts';
import { backgroundContext } from './platform/context/request-context.ts';
import { openMigratedDatabase } from './platform/db/migrate.ts';
import { createMailer } from './platform/mail/mailer.ts';
import { sweepRateLimitCounters } from './platform/rate-limit/counters.ts';

const config = readConfig();
const startedAt = performance.now();
let firstAdmin: FirstAdmin | null = null;
const database = await openMigratedDatabase(
  {
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.databasePoolSize,
    pgliteSharedBuffersMb: config.pgliteSharedBuffersMb,
  },
  async (handle) => {
    await seedDatabase(handle.db);
    firstAdmin = await ensureFirstAdmin(
      backgroundContext(handle.db, new Date()),
      config.adminEmail,
      config.adminPassword,
    );
  },
);

// Which proxies may name the client's address comes from TRUST_PROXY (config.trustProxy): trusting
// X-Forwarded-For from anyone would let a guesser pose as a new address on every sign-in.
const app = await buildApp({
  db: database.db,
  databaseKind: database.kind,
  now: () => new Date(),
  config,
  mailer: createMailer(config.smtpUrl),
  listenForChanges: database.listen,
});
const address = await app.listen({ port: config.port, host: config.host });
printWelcome(config, database.kind, firstAdmin, Math.round(performance.now() - startedAt));

// Old sessions, sign-in attempts and rate-limit counters, and the passport data of ended editions, are purged at start
// and every hour; every instance may do it.
const HOUSEKEEPING_INTERVAL_MS = 60 * 60_000;
const housekeeping = () =>
  Promise.all([
    purgeExpiredAccountsData(backgroundContext(database.db, new Date())),
    purgeVisaDataOfEndedEditions(backgroundContext(database.db, new Date())),
    sweepRateLimitCounters(database.db, new Date()),
  ]).catch((error: unknown) => app.log.warn({ err: error }, 'housekeeping failed'));
void housekeeping();
const housekeepingTimer = setInterval(housekeeping, HOUSEKEEPING_INTERVAL_MS).unref();

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    clearInterval(housekeepingTimer);
    await app.close();
    await database.close();
    process.exit(0);
  });
}

function printWelcome(config: Config, kind: string, admin: FirstAdmin | null, millis: number) {
  const url = `http://localhost:${new URL(address).port}`;
  const lines = [
    `Caspian Bridge is ready at ${url} (database: ${kind}, started in ${millis} ms)`,
    `API documentation: ${url}/api/docs`,
  ];
  if (admin?.generatedPassword) {
    const file = writeAdminPasswordFile(config.dataDir, admin);
    lines.push(
      `First secretariat admin: ${admin.email}; the generated password is in ${file} (read it once, then delete the file).`,
    );
  } else if (admin) {
    lines.push(`First secretariat admin: ${admin.email}, with the password from ADMIN_PASSWORD.`);
  } else {
    lines.push(`Sign in at ${url}/en/sign-in with an existing secretariat account.`);
  }
  console.log(lines.join('\n'));
}

function writeAdminPasswordFile(dataDir: string, admin: FirstAdmin): string {
  mkdirSync(dataDir, { recursive: true });
  const file = resolve(join(dataDir, 'first-admin-password.txt'));
  writeFileSync(file, `${admin.email}\n${admin.generatedPassword}\n`, { mode: 0o600 });
  return file;
}
