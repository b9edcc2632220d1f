import { signedIn } from '../../platform/testing/factories.ts';
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
  const delegate = await signedIn(t.database.db, { role: 'delegation_member', provinceId: 'mangystau' }, t.clock.now());
  const created = await t.request({
    method: 'POST',
    url: '/api/items',
    as: delegate,
    payload: {
      kind: 'offer',
      provinceId: 'mangystau',
      language: 'kk',
      title: { kk: 'Ақтау портындағы қоймалар' },
      taxonomyCodes: ['transit_logistics'],
    },
  });
  return { users: { delegate }, ids: { item: created.json().id } };
}, endpoints);

it('puts every JSON write endpoint of the catalogue under these properties', () => {
  expect(jsonWriteEndpoints(properties.testApp(), ['/api/items'])).toEqual(Object.keys(endpoints).sort());
});
