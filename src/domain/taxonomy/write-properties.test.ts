import { signedIn } from '../../platform/testing/factories/users.ts';
import { expect, it } from 'vitest';
import {
  describeWriteEndpointProperties,
  jsonWriteEndpoints,
  type WriteEndpoint,
} from '../../platform/testing/write-properties.ts';
import { AddTaxonomyNodeRequest, ChangeTaxonomyNodeRequest } from './schema.ts';

const endpoints: Record<string, WriteEndpoint> = {
  'POST /api/taxonomy': { method: 'POST', url: () => '/api/taxonomy', schema: AddTaxonomyNodeRequest, as: 'staff' },
  'PATCH /api/taxonomy/:code': {
    method: 'PATCH',
    url: () => '/api/taxonomy/tourism.coastal_tourism',
    schema: ChangeTaxonomyNodeRequest,
    as: 'staff',
  },
};

const properties = describeWriteEndpointProperties(
  async (t) => ({ users: { staff: await signedIn(t, { role: 'secretariat_staff' }) } }),
  endpoints,
);

it('puts every JSON write endpoint of the taxonomy under these properties', () => {
  expect(jsonWriteEndpoints(properties.testApp(), ['/api/taxonomy'])).toEqual(Object.keys(endpoints).sort());
});
