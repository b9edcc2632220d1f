import { signedIn } from '../../platform/testing/factories.ts';
import { describeWriteEndpointProperties } from '../../platform/testing/write-properties.ts';
import { UpdateProfileRequest } from './schema.ts';

describeWriteEndpointProperties(async (t) => ({ users: { delegate: await signedIn(t.database.db, { role: 'delegation_member', provinceId: 'dagestan' }, t.clock.now()) } }), {
  'PATCH /api/provinces/:id': { method: 'PATCH', url: () => '/api/provinces/dagestan', schema: UpdateProfileRequest, as: 'delegate' },
});
