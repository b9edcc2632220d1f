import type { RequestContext, WriteContext } from '../context/request-context.ts';
import { inTransaction } from '../context/request-context.ts';
import type { Database } from '../db/client.ts';
import type { Actor } from '../identity/actor.ts';

export type TestContextOptions = { actor?: Actor | null; now?: Date };

/** The first morning of the 2025 summit in Rasht, the default moment of tests that call use cases directly. */
export const SUMMIT_MORNING = new Date('2025-11-18T09:00:00+03:30');

/** A request context for a test that calls a use case directly, as a route would. */
export function testContext(
  db: Database,
  { actor = null, now = SUMMIT_MORNING }: TestContextOptions = {},
): RequestContext {
  return { db, actor, now, locale: 'en', requestId: null };
}

/** Runs a write use case in its own transaction, as a route does. */
export function writeAs<T>(
  db: Database,
  options: TestContextOptions,
  work: (context: WriteContext) => Promise<T>,
): Promise<T> {
  return inTransaction(testContext(db, options), work);
}
