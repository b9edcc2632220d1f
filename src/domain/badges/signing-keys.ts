import { randomBytes } from 'node:crypto';
import type { Executor } from '../../platform/db/client.ts';
import type { SigningKey } from './model.ts';
import { createBadgesRepository } from './repository.ts';

/** The key new badges are signed with. Rotating means raising this; tokens of older keys keep verifying. */
export const CURRENT_SIGNING_KEY_ID = 1;
const SECRET_BYTES = 32;

/**
 * The current key, created by whichever instance needs it first. The insert does nothing if
 * another instance got there before, and the read then returns that instance's secret.
 */
export function currentSigningKey(db: Executor, now: Date): Promise<SigningKey> {
  return createBadgesRepository(db).ensureSigningKey(
    CURRENT_SIGNING_KEY_ID,
    randomBytes(SECRET_BYTES).toString('base64url'),
    now,
  );
}

export function findSigningKey(db: Executor, id: number): Promise<SigningKey | null> {
  return createBadgesRepository(db).findSigningKey(id);
}
