import { expect, it } from 'vitest';
import { insertParticipant } from '../../platform/testing/factories/delegations.ts';
import { signedIn } from '../../platform/testing/factories/users.ts';
import {
  describeWriteEndpointProperties,
  jsonWriteEndpoints,
  type WriteEndpoint,
} from '../../platform/testing/write-properties.ts';
import { CheckInRequest, IssueBadgeRequest, RevokeBadgeRequest } from './schema.ts';

const endpoints: Record<string, WriteEndpoint> = {
  'POST /api/participants/:id/badge': {
    method: 'POST',
    url: ({ ids }) => `/api/participants/${ids!.participant}/badge`,
    schema: IssueBadgeRequest,
    as: 'staff',
  },
  'POST /api/badges/:id/revoke': {
    method: 'POST',
    url: ({ ids }) => `/api/badges/${ids!.badge}/revoke`,
    schema: RevokeBadgeRequest,
    as: 'staff',
  },
  'POST /api/check-ins': { method: 'POST', url: () => '/api/check-ins', schema: CheckInRequest, as: 'staff' },
};

const properties = describeWriteEndpointProperties(async (t) => {
  const staff = await signedIn(t, { role: 'secretariat_staff' });
  const participant = await insertParticipant(t.database.db);
  const other = await insertParticipant(t.database.db);
  const badge = (
    await t.request({ method: 'POST', url: `/api/participants/${other}/badge`, as: staff, payload: {} })
  ).json().id as string;
  return { users: { staff }, ids: { participant, badge } };
}, endpoints);

it('puts every JSON write endpoint of badges and check-in under these properties', () => {
  expect(
    jsonWriteEndpoints(properties.testApp(), ['/api/participants/{id}/badge', '/api/badges', '/api/check-ins']),
  ).toEqual(Object.keys(endpoints).sort());
});
