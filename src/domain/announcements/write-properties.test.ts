import { expect, it } from 'vitest';
import { signedIn } from '../../platform/testing/factories/users.ts';
import {
  describeWriteEndpointProperties,
  jsonWriteEndpoints,
  type WriteEndpoint,
} from '../../platform/testing/write-properties.ts';
import { PostAnnouncementRequest } from './schema.ts';

const endpoints: Record<string, WriteEndpoint> = {
  'POST /api/editions/:editionId/announcements': {
    method: 'POST',
    url: () => '/api/editions/caspian-governors-summit-2025/announcements',
    schema: PostAnnouncementRequest,
    as: 'staff',
  },
};

const properties = describeWriteEndpointProperties(
  async (t) => ({ users: { staff: await signedIn(t, { role: 'secretariat_staff' }) } }),
  endpoints,
);

it('puts every JSON write endpoint of announcements under these properties', () => {
  expect(
    jsonWriteEndpoints(properties.testApp(), ['/api/announcements', '/api/editions/{editionId}/announcements']),
  ).toEqual(Object.keys(endpoints).sort());
});
