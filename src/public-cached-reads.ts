/**
 * The public reads each instance keeps a copy of (`platform/http/public-read-cache.ts`), by route
 * pattern: the pages a crowd at the summit opens, and what those pages ask for. Each answers an
 * anonymous GET from the database, the path, the query and the language alone (drafts and
 * whatever a signed-in user may see never reach an anonymous answer), so a copy keyed by those
 * is right until the next committed write, after which it is made again. A route whose anonymous
 * answer also depends on the caller (their address, a header other than the language) must not be
 * listed. `public-cached-reads.test.ts` checks that every pattern is a GET route of the app.
 */
export const PUBLIC_CACHED_READS: readonly string[] = [
  // The home and the edition pages
  '/api/editions/current',
  '/api/editions',
  '/api/editions/:id',
  // The programme
  '/api/editions/:editionId/programme',
  '/api/editions/:editionId/rooms',
  '/api/rooms/:id',
  '/api/sessions/:id',
  // Provinces and the catalogue of offers and needs
  '/api/provinces',
  '/api/provinces/:id',
  '/api/provinces/:id/partners',
  '/api/ports',
  '/api/items',
  '/api/items/:id',
  '/api/items/:id/matches',
  '/api/items/sectors',
  '/api/taxonomy',
  '/api/taxonomy/:code',
  // The expo
  '/api/expos/:expoId/exhibitors',
  '/api/expos/:expoId/floor',
  '/api/exhibitors/:id',
  // Transit
  '/api/transit/network',
  '/api/transit/parameters',
  '/api/transit/province-transit',
  '/api/transit/province-transit/matrix',
  // Search, from every page's header
  '/api/search',
];
