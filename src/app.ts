import { fileURLToPath } from 'node:url';
import { accountsRoutes } from './domain/accounts/routes.ts';
import { attachmentRoutes } from './domain/catalogue/attachment-routes.ts';
import { catalogueRoutes } from './domain/catalogue/routes.ts';
import { expoFloorRoutes } from './domain/expo/floor-routes.ts';
import { transitRoutes } from './domain/transit/routes.ts';
import { searchRoutes } from './domain/search/routes.ts';
import { matchmakingRoutes } from './domain/matchmaking/routes.ts';
import { interestsRoutes } from './domain/interests/routes.ts';
import { meetingsRoutes } from './domain/meetings/routes.ts';
import { savedSearchRoutes } from './domain/saved-searches/routes.ts';
import { DOCUMENT_SOURCES } from './document-sources.ts';
import { expoRoutes } from './domain/expo/routes.ts';
import { transferRoutes } from './domain/catalogue/transfer-routes.ts';
import { registerSessions } from './domain/accounts/session-routes.ts';
import { announcementsRoutes } from './domain/announcements/routes.ts';
import { auditRoutes } from './domain/audit/routes.ts';
import { badgesRoutes } from './domain/badges/routes.ts';
import { dashboardRoutes } from './domain/dashboard/routes.ts';
import { provincesRoutes } from './domain/provinces/routes.ts';
import { summitRoutes } from './domain/summit/routes.ts';
import { programmeFileRoutes } from './domain/programme/file-routes.ts';
import { programmeRoutes } from './domain/programme/routes.ts';
import { taxonomyRoutes } from './domain/taxonomy/routes.ts';
import { delegationsRoutes } from './domain/delegations/routes.ts';
import { type TrustProxy, toFastifyTrustProxy } from './platform/config.ts';
import type { AppDeps } from './platform/deps.ts';
import { createHttpServer, type HttpServer } from './platform/http/server.ts';
import { registerRequestContext } from './platform/http/request-context-hook.ts';
import { registerRetryAfter } from './platform/rate-limit/route-limits.ts';
import { copyProgrammeStructure } from './domain/programme/copy-structure.ts';
import { indexEditionSessions } from './domain/programme/search-documents.ts';
import { indexEditionExhibitors } from './domain/expo/search-documents.ts';
import { copyExpoFloors } from './domain/expo/copy-floor.ts';
import { copyDelegationStructure } from './domain/delegations/copy-structure.ts';
import { platformRoutes } from './platform/http/platform-routes.ts';
import { healthRoutes } from './platform/http/health-routes.ts';
import { isSeedComplete } from '../seed/seed-database.ts';
import { registerWebApp } from './platform/http/web-app.ts';
import { openServerReadCache } from './platform/http/server-read-cache.ts';
import { PUBLIC_CACHED_READS } from './public-cached-reads.ts';

export const WEB_DIST_DIR = fileURLToPath(new URL('../web/dist', import.meta.url));

export type AppOptions = { logLevel?: string; webDistDir?: string | null; trustProxy?: TrustProxy };

/** Wires the platform and every capability's routes onto one HTTP server; listening is the caller's job. */
export async function buildApp(deps: AppDeps, options: AppOptions = {}): Promise<HttpServer> {
  const readCache = await openServerReadCache(deps, PUBLIC_CACHED_READS);
  const app = await createHttpServer({
    logLevel: options.logLevel ?? deps.config.logLevel,
    trustProxy: toFastifyTrustProxy(options.trustProxy ?? deps.config.trustProxy),
    serverReadCache: readCache?.serverCache,
  });
  if (readCache) app.addHook('onClose', readCache.stop);
  registerRequestContext(app, deps);
  registerRetryAfter(app);
  registerSessions(app, deps);
  platformRoutes(app);
  healthRoutes(app, deps, { isSeeded: isSeedComplete });
  accountsRoutes(app, deps);
  auditRoutes(app);
  provincesRoutes(app);
  summitRoutes(app, {
    editionCopySteps: [copyProgrammeStructure, copyExpoFloors, copyDelegationStructure],
    editionPublishSteps: [indexEditionSessions, indexEditionExhibitors],
  });
  programmeRoutes(app);
  programmeFileRoutes(app);
  taxonomyRoutes(app);
  catalogueRoutes(app);
  transferRoutes(app, {
    concurrency: deps.config.importConcurrency,
    maxWaitSeconds: deps.config.importQueueWaitSeconds,
  });
  attachmentRoutes(app);
  expoRoutes(app);
  expoFloorRoutes(app);
  transitRoutes(app);
  searchRoutes(app, { documentSources: DOCUMENT_SOURCES });
  matchmakingRoutes(app);
  interestsRoutes(app, deps);
  meetingsRoutes(app, deps);
  savedSearchRoutes(app);
  dashboardRoutes(app);
  announcementsRoutes(app);
  badgesRoutes(app);
  delegationsRoutes(app);
  await registerWebApp(app, options.webDistDir === undefined ? WEB_DIST_DIR : options.webDistDir);
  return app;
}
