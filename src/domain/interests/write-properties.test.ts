import { expect, it } from 'vitest';
import { insertItem } from '../../platform/testing/factories/catalogue.ts';
import { signedIn } from '../../platform/testing/factories/users.ts';
import {
  describeWriteEndpointProperties,
  jsonWriteEndpoints,
  type WriteEndpoint,
} from '../../platform/testing/write-properties.ts';
import { AnswerInterestRequest, ExpressInterestRequest } from './schema.ts';
import { createInterestsRepository } from './repository.ts';

const endpoints: Record<string, WriteEndpoint> = {
  'POST /api/items/:id/interests': {
    method: 'POST',
    url: (f) => `/api/items/${f.ids!.item}/interests`,
    schema: ExpressInterestRequest,
    as: 'astrakhan',
  },
  'POST /api/interests/:id/answer': {
    method: 'POST',
    url: (f) => `/api/interests/${f.ids!.interest}/answer`,
    schema: AnswerInterestRequest,
    as: 'gilan',
  },
};

const properties = describeWriteEndpointProperties(async (t) => {
  const users = {
    astrakhan: await signedIn(t, { role: 'delegation_member', provinceId: 'astrakhan' }),
    gilan: await signedIn(t, { role: 'delegation_member', provinceId: 'gilan' }),
  };
  const item = await insertItem(t.database.db, { status: 'published', provinceId: 'gilan' });
  const other = await insertItem(t.database.db, { status: 'published', provinceId: 'gilan' });
  const interest = await createInterestsRepository(t.database.db).insert({
    itemId: other,
    fromItemId: null,
    fromParty: 'province:dagestan',
    fromProvinceId: 'dagestan',
    fromOrganisation: null,
    fromUserId: users.astrakhan.actor.userId,
    toProvinceId: 'gilan',
    toOrganisation: null,
    message: 'Interested',
    language: 'en',
    status: 'sent',
    reply: null,
    createdAt: new Date('2025-11-18T09:00:00Z'),
    answeredAt: null,
    answeredBy: null,
  });
  return { users, ids: { item, interest: interest!.id } };
}, endpoints);

it('puts every JSON write endpoint of expressions of interest under these properties', () => {
  expect(jsonWriteEndpoints(properties.testApp(), ['/api/items/{id}/interests', '/api/interests'])).toEqual(
    Object.keys(endpoints).sort(),
  );
});
