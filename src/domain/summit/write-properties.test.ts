import { expect, it } from 'vitest';
import { insertEdition, insertExpo } from '../../platform/testing/factories/summit.ts';
import { signedIn } from '../../platform/testing/factories/users.ts';
import {
  describeWriteEndpointProperties,
  jsonWriteEndpoints,
  type WriteEndpoint,
} from '../../platform/testing/write-properties.ts';
import { ChangeExpoRequest, PublishEditionRequest } from './schema.ts';

// Creating and changing an edition are under the programme's property test, which came first.
const endpoints: Record<string, WriteEndpoint> = {
  'POST /api/editions/:editionId/publish': {
    method: 'POST',
    url: (f) => `/api/editions/${f.ids!.draft}/publish`,
    schema: PublishEditionRequest,
    as: 'staff',
  },
  'PATCH /api/editions/:editionId/expos/:expoId': {
    method: 'PATCH',
    url: (f) => `/api/editions/${f.ids!.draft}/expos/${f.ids!.expo}`,
    schema: ChangeExpoRequest,
    as: 'staff',
  },
};

const properties = describeWriteEndpointProperties(async (t) => {
  const staff = await signedIn(t, { role: 'secretariat_staff' });
  const db = t.database.db;
  const draft = await insertEdition(db, { id: 'property-draft', startsOn: '2026-11-17', endsOn: '2026-11-20' });
  const expo = await insertExpo(db, { editionId: draft, startsOn: '2026-11-17', endsOn: '2026-11-20' });
  return { users: { staff }, ids: { draft, expo } };
}, endpoints);

it('puts every JSON write endpoint summit adds under an edition under these properties', () => {
  const found = jsonWriteEndpoints(properties.testApp(), ['/api/editions/{editionId}']).filter((endpoint) =>
    /^(POST|PATCH) \/api\/editions\/:editionId\/(publish|expos\/:expoId)$/.test(endpoint),
  );
  expect(found).toEqual(Object.keys(endpoints).sort());
});
