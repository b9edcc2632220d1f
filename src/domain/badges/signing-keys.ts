import { randomBytes } from 'node:crypto';
import type { RequestContext } from '../../platform/context/request-context.ts';
import type { SigningKey } from './model.ts';
import { createBadgesRepository } from './repository.ts';

/** The key new badges are signed with. Rotating means raising this; tokens of older keys keep verifying. */
export const CURRENT_SIGNING_KEY_ID = 1;
const SECRET_BYTES = 32;

/**
 * The current key, created by whichever instance needs it first. The insert does nothing if
 * another instance got there before, and the read then returns that instance's secret.
 */
export function currentSigningKey(context: RequestContext): Promise<SigningKey> {
  return createBadgesRepository(context.db).ensureSigningKey(
    CURRENT_SIGNING_KEY_ID,
    randomBytes(SECRET_BYTES).toString('base64url'),
    context.now,
  );
}

export function findSigningKey(context: RequestContext, id: number): Promise<SigningKey | null> {
  return createBadgesRepository(context.db).findSigningKey(id);
}
