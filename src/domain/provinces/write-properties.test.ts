import { signedIn } from '../../platform/testing/factories/users.ts';
import { expect, it } from 'vitest';
import {
  describeWriteEndpointProperties,
  jsonWriteEndpoints,
  type WriteEndpoint,
} from '../../platform/testing/write-properties.ts';
import { UpdateProfileRequest } from './schema.ts';

const endpoints: Record<string, WriteEndpoint> = {
  'PATCH /api/provinces/:id': {
    method: 'PATCH',
    url: () => '/api/provinces/dagestan',
    schema: UpdateProfileRequest,
    as: 'delegate',
  },
};

const properties = describeWriteEndpointProperties(
  async (t) => ({
    users: {
      delegate: await signedIn(t, { role: 'delegation_member', provinceId: 'dagestan' }),
    },
  }),
  endpoints,
);

it('puts every JSON write endpoint of the provinces under these properties', () => {
  expect(jsonWriteEndpoints(properties.testApp(), ['/api/provinces'])).toEqual(Object.keys(endpoints).sort());
});
