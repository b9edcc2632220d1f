import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as accounts from '../../domain/accounts/schema.ts';
import { UpdateOverviewRequest } from '../../domain/provinces/schema.ts';
import { signedIn } from '../testing/factories.ts';
import { createTestApp, type Credentials, type SignedInUser, type TestApp } from '../testing/test-app.ts';
import { arbitraryHostileBody } from '../testing/zod-arbitrary.ts';

const RUNS_PER_ENDPOINT = 1000;

let t: TestApp;
let admin: SignedInUser;
let delegate: SignedInUser;
let target: SignedInUser;

beforeAll(async () => {
  t = await createTestApp();
  admin = await signedIn(t.database.db, { role: 'secretariat_admin' }, t.clock.now());
  delegate = await signedIn(t.database.db, { role: 'delegation_member', provinceId: 'dagestan' }, t.clock.now());
  target = await signedIn(t.database.db, { role: 'buyer' }, t.clock.now());
});
afterAll(() => t.close());

/**
 * A fingerprint of everything a write may change. Sign-in attempts are left out on purpose:
 * a refused sign-in is meant to leave its attempt behind, to count towards the lockout.
 */
async function fingerprint(): Promise<string> {
  const result = await t.database.db.execute(sql`
    select concat_ws('/',
      (select count(*) from users), (select count(*) from invites), (select count(*) from sessions), (select count(*) from audit_log),
      (select md5(coalesce(string_agg(overview::text, ',' order by id), '')) from provinces),
      (select md5(coalesce(string_agg(concat_ws(',', role, province_id, organisation, disabled_at), ';' order by id), '')) from users)
    ) as state`);
  return (result as unknown as { rows: { state: string }[] }).rows[0]!.state;
}

type Endpoint = { method: 'POST' | 'PATCH'; url: () => string; schema: z.ZodType; as: () => Credentials | undefined };

const endpoints: Record<string, Endpoint> = {
  'POST /api/auth/sign-in': { method: 'POST', url: () => '/api/auth/sign-in', schema: accounts.SignInRequest, as: () => undefined },
  'POST /api/invites': { method: 'POST', url: () => '/api/invites', schema: accounts.CreateInviteRequest, as: () => admin },
  'POST /api/invites/:token/accept': {
    method: 'POST',
    url: () => '/api/invites/not-a-real-invitation-token-000000/accept',
    schema: accounts.AcceptInviteRequest,
    as: () => undefined,
  },
  'PATCH /api/users/:id': { method: 'PATCH', url: () => `/api/users/${target.actor.userId}`, schema: accounts.UpdateUserRequest, as: () => admin },
  'PATCH /api/provinces/:id': { method: 'PATCH', url: () => '/api/provinces/dagestan', schema: UpdateOverviewRequest, as: () => delegate },
};

describe.each(Object.entries(endpoints))('%s with random bodies', (_name, endpoint) => {
  it(`never answers 5xx and leaves nothing behind when it refuses (${RUNS_PER_ENDPOINT} bodies)`, async () => {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(arbitraryHostileBody(endpoint.schema), async (body) => {
        const before = await fingerprint();
        const response = await t.request({
          method: endpoint.method,
          url: endpoint.url(),
          payload: JSON.stringify(body) ?? 'null',
          headers: { 'content-type': 'application/json', 'accept-language': 'fa' },
          as: endpoint.as(),
        });
        expect(response.statusCode).toBeLessThan(500);
        if (response.statusCode >= 400) {
          refused++;
          expect(response.headers['content-type']).toContain('application/problem+json');
          expect(await fingerprint()).toBe(before);
        }
      }),
      { numRuns: RUNS_PER_ENDPOINT },
    );
    expect(refused).toBeGreaterThan(0);
  });
});
