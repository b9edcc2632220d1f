import { expect, it } from 'vitest';
import { signedIn } from '../../platform/testing/factories/users.ts';
import {
  describeWriteEndpointProperties,
  jsonWriteEndpoints,
  type WriteEndpoint,
} from '../../platform/testing/write-properties.ts';
import { SaveSearchRequest } from '../saved-searches/schema.ts';
import { ReplaceTaxonomyTermsRequest } from './schema.ts';

const endpoints: Record<string, WriteEndpoint> = {
  'PUT /api/search/terms/:code': {
    method: 'PUT',
    url: () => '/api/search/terms/fisheries_aquaculture.caviar_sturgeon_products',
    schema: ReplaceTaxonomyTermsRequest,
    as: 'staff',
  },
  'POST /api/saved-searches': {
    method: 'POST',
    url: () => '/api/saved-searches',
    schema: SaveSearchRequest,
    as: 'staff',
  },
};

const properties = describeWriteEndpointProperties(
  async (t) => ({ users: { staff: await signedIn(t, { role: 'secretariat_staff' }) } }),
  endpoints,
);

it('puts every JSON write endpoint of search under these properties', () => {
  // The reindex takes no body: it is a command, with nothing for a hostile body to get into.
  expect(jsonWriteEndpoints(properties.testApp(), ['/api/search', '/api/saved-searches'])).toEqual(
    Object.keys(endpoints).sort(),
  );
});
