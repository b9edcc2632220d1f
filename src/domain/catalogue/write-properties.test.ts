import { insertItem } from '../../platform/testing/factories/catalogue.ts';
import { signedIn } from '../../platform/testing/factories/users.ts';
import { expect, it } from 'vitest';
import {
  describeWriteEndpointProperties,
  jsonWriteEndpoints,
  type WriteEndpoint,
} from '../../platform/testing/write-properties.ts';
import { ChangeStatusRequest, CreateItemRequest, UpdateItemRequest } from './schema.ts';

const endpoints: Record<string, WriteEndpoint> = {
  'POST /api/items': { method: 'POST', url: () => '/api/items', schema: CreateItemRequest, as: 'delegate' },
  'PATCH /api/items/:id': {
    method: 'PATCH',
    url: ({ ids }) => `/api/items/${ids!.item}`,
    schema: UpdateItemRequest,
    as: 'delegate',
  },
  'POST /api/items/:id/status': {
    method: 'POST',
    url: ({ ids }) => `/api/items/${ids!.item}/status`,
    schema: ChangeStatusRequest,
    as: 'delegate',
  },
};

const properties = describeWriteEndpointProperties(async (t) => {
  const delegate = await signedIn(t, { role: 'delegation_member', provinceId: 'mangystau' });
  const item = await insertItem(t.database.db, {
    kind: 'offer',
    provinceId: 'mangystau',
    language: 'kk',
    title: { kk: 'Ақтау портындағы қоймалар' },
    taxonomyCodes: ['transit_logistics'],
    ownerUserId: delegate.actor.userId,
  });
  return { users: { delegate }, ids: { item } };
}, endpoints);

it('puts every JSON write endpoint of the catalogue under these properties', () => {
  // Interests in an item are matchmaking's, under its own properties test.
  const catalogueEndpoints = jsonWriteEndpoints(properties.testApp(), ['/api/items']).filter(
    (endpoint) => !endpoint.endsWith('/interests'),
  );
  expect(catalogueEndpoints).toEqual(Object.keys(endpoints).sort());
});
