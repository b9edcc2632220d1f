import { signedIn } from '../../platform/testing/factories/users.ts';
import { expect, it } from 'vitest';
import {
  describeWriteEndpointProperties,
  jsonWriteEndpoints,
  type WriteEndpoint,
} from '../../platform/testing/write-properties.ts';
import * as schema from './schema.ts';

const endpoints: Record<string, WriteEndpoint> = {
  'POST /api/auth/sign-in': { method: 'POST', url: () => '/api/auth/sign-in', schema: schema.SignInRequest },
  'POST /api/invites': { method: 'POST', url: () => '/api/invites', schema: schema.CreateInviteRequest, as: 'admin' },
  'POST /api/invites/:token/accept': {
    method: 'POST',
    url: () => '/api/invites/not-a-real-invitation-token-000000/accept',
    schema: schema.AcceptInviteRequest,
  },
  'PATCH /api/users/:id': {
    method: 'PATCH',
    url: ({ users }) => `/api/users/${users.buyer!.actor.userId}`,
    schema: schema.UpdateUserRequest,
    as: 'admin',
  },
};

const properties = describeWriteEndpointProperties(
  async (t) => ({
    users: {
      admin: await signedIn(t, { role: 'secretariat_admin' }),
      buyer: await signedIn(t, { role: 'buyer' }),
    },
  }),
  endpoints,
);

it('puts every JSON write endpoint of the accounts under these properties', () => {
  expect(jsonWriteEndpoints(properties.testApp(), ['/api/auth', '/api/invites', '/api/users'])).toEqual(
    Object.keys(endpoints).sort(),
  );
});
