import { signedIn } from '../../platform/testing/factories.ts';
import { describeWriteEndpointProperties } from '../../platform/testing/write-properties.ts';
import { ChangeStatusRequest, CreateItemRequest, UpdateItemRequest } from './schema.ts';

describeWriteEndpointProperties(
  async (t) => {
    const delegate = await signedIn(t.database.db, { role: 'delegation_member', provinceId: 'mangystau' }, t.clock.now());
    const created = await t.request({
      method: 'POST',
      url: '/api/items',
      as: delegate,
      payload: { kind: 'offer', provinceId: 'mangystau', language: 'kk', title: { kk: 'Ақтау портындағы қоймалар' }, taxonomyCodes: ['transit_logistics'] },
    });
    return { users: { delegate }, ids: { item: created.json().id } };
  },
  {
    'POST /api/items': { method: 'POST', url: () => '/api/items', schema: CreateItemRequest, as: 'delegate' },
    'PATCH /api/items/:id': { method: 'PATCH', url: ({ ids }) => `/api/items/${ids!.item}`, schema: UpdateItemRequest, as: 'delegate' },
    'POST /api/items/:id/status': { method: 'POST', url: ({ ids }) => `/api/items/${ids!.item}/status`, schema: ChangeStatusRequest, as: 'delegate' },
  },
);
