import { expect, it } from 'vitest';
import { signedIn } from '../../platform/testing/factories.ts';
import {
  describeWriteEndpointProperties,
  jsonWriteEndpoints,
  type WriteEndpoint,
} from '../../platform/testing/write-properties.ts';
import {
  AssignBoothRequest,
  CreateBoothRequest,
  CreateBuyerInterestRequest,
  CreateExhibitorRequest,
  CreateHallRequest,
  UpdateBoothRequest,
  UpdateExhibitorRequest,
  UpdateHallRequest,
} from './schema.ts';

const EXPO = 'caspian-expo-2025';

// The buyers' matching and the booth assignment go first, before the exhibitor property fills the expo with
// hundreds of generated exhibitors.
const endpoints: Record<string, WriteEndpoint> = {
  'POST /api/expos/:expoId/buyer-interests': {
    method: 'POST',
    url: () => `/api/expos/${EXPO}/buyer-interests`,
    schema: CreateBuyerInterestRequest,
    as: 'buyer',
  },
  'PUT /api/booths/:id/assignment': {
    method: 'PUT',
    url: (f) => `/api/booths/${f.ids!.booth}/assignment`,
    schema: AssignBoothRequest,
    as: 'staff',
  },
  'POST /api/expos/:expoId/exhibitors': {
    method: 'POST',
    url: () => `/api/expos/${EXPO}/exhibitors`,
    schema: CreateExhibitorRequest,
    as: 'staff',
  },
  'PATCH /api/exhibitors/:id': {
    method: 'PATCH',
    url: (f) => `/api/exhibitors/${f.ids!.exhibitor}`,
    schema: UpdateExhibitorRequest,
    as: 'exhibitor',
  },
  'POST /api/expos/:expoId/halls': {
    method: 'POST',
    url: () => `/api/expos/${EXPO}/halls`,
    schema: CreateHallRequest,
    as: 'staff',
  },
  'PATCH /api/halls/:id': {
    method: 'PATCH',
    url: (f) => `/api/halls/${f.ids!.hall}`,
    schema: UpdateHallRequest,
    as: 'staff',
  },
  'POST /api/halls/:id/booths': {
    method: 'POST',
    url: (f) => `/api/halls/${f.ids!.hall}/booths`,
    schema: CreateBoothRequest,
    as: 'staff',
  },
  'PATCH /api/booths/:id': {
    method: 'PATCH',
    url: (f) => `/api/booths/${f.ids!.booth}`,
    schema: UpdateBoothRequest,
    as: 'staff',
  },
};

const properties = describeWriteEndpointProperties(async (t) => {
  const now = t.clock.now();
  const users = {
    staff: await signedIn(t.database.db, { role: 'secretariat_staff' }, now),
    exhibitor: await signedIn(t.database.db, { role: 'exhibitor', organisation: 'Property Fish' }, now),
    buyer: await signedIn(t.database.db, { role: 'buyer', organisation: 'Property Buyer' }, now),
  };
  const post = async (url: string, payload: object) =>
    (await t.request({ method: 'POST', url, payload, as: users.staff })).json().id as string;
  const exhibitor = await post(`/api/expos/${EXPO}/exhibitors`, { organisation: 'Property Fish', provinceId: 'gilan' });
  const hall = await post(`/api/expos/${EXPO}/halls`, { name: { en: 'Property hall' }, widthM: 50, depthM: 50 });
  const booth = await post(`/api/halls/${hall}/booths`, { code: 'P1', xM: 0, yM: 0, widthM: 3, depthM: 3 });
  return { users, ids: { exhibitor, hall, booth } };
}, endpoints);

it('puts every JSON write endpoint of the expo under these properties', () => {
  const prefixes = [
    '/api/expos/{expoId}/exhibitors',
    '/api/expos/{expoId}/halls',
    '/api/expos/{expoId}/buyer-interests',
    '/api/exhibitors',
    '/api/halls',
    '/api/booths',
  ];
  expect(jsonWriteEndpoints(properties.testApp(), prefixes)).toEqual(Object.keys(endpoints).sort());
});
