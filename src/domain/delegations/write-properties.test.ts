import { expect, it } from 'vitest';
import { delegationIdOf, insertParticipant } from '../../platform/testing/factories/delegations.ts';
import { signedIn } from '../../platform/testing/factories/users.ts';
import {
  describeWriteEndpointProperties,
  jsonWriteEndpoints,
  type WriteEndpoint,
} from '../../platform/testing/write-properties.ts';
import { DecisionRequest, DelegationLimitsRequest, MemberRequest, RegistrationRequest } from './schema.ts';

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

const properties = describeWriteEndpointProperties(
  async (t) => ({
    users: {
      staff: await signedIn(t, { role: 'secretariat_staff' }),
      delegate: await signedIn(t, { role: 'delegation_member', provinceId: 'gilan' }),
    },
    ids: {
      gilan: (await delegationIdOf(t.database.db, EDITION, 'gilan'))!,
      pending: await insertParticipant(t.database.db, { editionId: EDITION, provinceId: 'gilan', status: 'pending' }),
    },
  }),
  endpoints,
);

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
