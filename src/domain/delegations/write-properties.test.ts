import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { signedIn } from '../../platform/testing/factories.ts';
import {
  describeWriteEndpointProperties,
  jsonWriteEndpoints,
  type WriteEndpoint,
} from '../../platform/testing/write-properties.ts';
import { DecisionRequest, DelegationLimitsRequest, MemberRequest, RegistrationRequest } from './schema.ts';
import { delegations, participants } from './tables.ts';

const EDITION = 'caspian-governors-summit-2025';

const endpoints: Record<string, WriteEndpoint> = {
  'POST /api/editions/:editionId/registrations': {
    method: 'POST',
    url: () => `/api/editions/${EDITION}/registrations`,
    schema: RegistrationRequest,
  },
  'POST /api/delegations/:id/members': {
    method: 'POST',
    url: ({ ids }) => `/api/delegations/${ids!.gilan}/members`,
    schema: MemberRequest,
    as: 'delegate',
  },
  'PATCH /api/delegations/:id': {
    method: 'PATCH',
    url: ({ ids }) => `/api/delegations/${ids!.gilan}`,
    schema: DelegationLimitsRequest,
    as: 'staff',
  },
  'POST /api/registrations/:id/decision': {
    method: 'POST',
    url: ({ ids }) => `/api/registrations/${ids!.pending}/decision`,
    schema: DecisionRequest,
    as: 'staff',
  },
};

const properties = describeWriteEndpointProperties(async (t) => {
  const [gilan] = await t.database.db
    .select()
    .from(delegations)
    .where(and(eq(delegations.editionId, EDITION), eq(delegations.provinceId, 'gilan')));
  const [pending] = await t.database.db.select().from(participants).where(eq(participants.status, 'pending')).limit(1);
  return {
    users: {
      staff: await signedIn(t.database.db, { role: 'secretariat_staff' }, t.clock.now()),
      delegate: await signedIn(t.database.db, { role: 'delegation_member', provinceId: 'gilan' }, t.clock.now()),
    },
    ids: { gilan: gilan!.id, pending: pending!.id },
  };
}, endpoints);

it('puts every JSON write endpoint of delegations and registration under these properties', () => {
  const prefixes = [
    '/api/delegations',
    '/api/registrations',
    '/api/editions/{editionId}/registrations',
    '/api/editions/{editionId}/delegations',
    '/api/editions/{editionId}/visa-letters',
  ];
  expect(jsonWriteEndpoints(properties.testApp(), prefixes)).toEqual(Object.keys(endpoints).sort());
});
