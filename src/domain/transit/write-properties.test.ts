import { expect, it } from 'vitest';
import { insertScenario } from '../../platform/testing/factories/transit.ts';
import { signedIn } from '../../platform/testing/factories/users.ts';
import {
  describeWriteEndpointProperties,
  jsonWriteEndpoints,
  type WriteEndpoint,
} from '../../platform/testing/write-properties.ts';
import {
  CreateLegRequest,
  CreateNodeRequest,
  ScenarioRequest,
  UpdateLegRequest,
  UpdateNodeRequest,
  UpdateParameterRequest,
} from './schema.ts';

const endpoints: Record<string, WriteEndpoint> = {
  'POST /api/transit/nodes': {
    method: 'POST',
    url: () => '/api/transit/nodes',
    schema: CreateNodeRequest,
    as: 'staff',
  },
  'PUT /api/transit/nodes/:id': {
    method: 'PUT',
    url: () => '/api/transit/nodes/city-elista',
    schema: UpdateNodeRequest,
    as: 'staff',
  },
  'POST /api/transit/legs': { method: 'POST', url: () => '/api/transit/legs', schema: CreateLegRequest, as: 'staff' },
  'PUT /api/transit/legs/:id': {
    method: 'PUT',
    url: () => '/api/transit/legs/city-elista__ru-astrakhan__road',
    schema: UpdateLegRequest,
    as: 'staff',
  },
  'PUT /api/transit/parameters/:key': {
    method: 'PUT',
    url: () => '/api/transit/parameters/speed_kmh.road',
    schema: UpdateParameterRequest,
    as: 'staff',
  },
  'POST /api/transit/scenarios': {
    method: 'POST',
    url: () => '/api/transit/scenarios',
    schema: ScenarioRequest,
    as: 'delegate',
  },
  'PUT /api/transit/scenarios/:id': {
    method: 'PUT',
    url: (f) => `/api/transit/scenarios/${f.ids!.scenario}`,
    schema: ScenarioRequest,
    as: 'delegate',
  },
};

const properties = describeWriteEndpointProperties(async (t) => {
  const users = {
    staff: await signedIn(t, { role: 'secretariat_staff' }),
    delegate: await signedIn(t, { role: 'delegation_member', provinceId: 'gilan' }),
  };
  const scenario = await insertScenario(t.database.db, {
    name: { en: 'Property scenario' },
    changes: [{ kind: 'close_node', nodeId: 'bc-astara' }],
    ownerUserId: users.delegate.actor.userId,
  });
  return { users, ids: { scenario } };
}, endpoints);

it('puts every JSON write endpoint of the transit planner under these properties', () => {
  expect(jsonWriteEndpoints(properties.testApp(), ['/api/transit'])).toEqual(Object.keys(endpoints).sort());
});
