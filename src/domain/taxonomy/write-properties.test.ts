import { signedIn } from '../../platform/testing/factories.ts';
import { describeWriteEndpointProperties } from '../../platform/testing/write-properties.ts';
import { AddTaxonomyNodeRequest, ChangeTaxonomyNodeRequest } from './schema.ts';

describeWriteEndpointProperties(async (t) => ({ users: { staff: await signedIn(t.database.db, { role: 'secretariat_staff' }, t.clock.now()) } }), {
  'POST /api/taxonomy': { method: 'POST', url: () => '/api/taxonomy', schema: AddTaxonomyNodeRequest, as: 'staff' },
  'PATCH /api/taxonomy/:code': { method: 'PATCH', url: () => '/api/taxonomy/tourism.coastal_tourism', schema: ChangeTaxonomyNodeRequest, as: 'staff' },
});
