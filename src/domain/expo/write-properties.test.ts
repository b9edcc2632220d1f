import { expect, it } from 'vitest';
import { insertBooth, insertExhibitor, insertHall } from '../../platform/testing/factories/expo.ts';
import { signedIn } from '../../platform/testing/factories/users.ts';
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
  const users = {
    staff: await signedIn(t, { role: 'secretariat_staff' }),
    exhibitor: await signedIn(t, { role: 'exhibitor', organisation: 'Property Fish' }),
    buyer: await signedIn(t, { role: 'buyer', organisation: 'Property Buyer' }),
  };
  const db = t.database.db;
  const exhibitor = await insertExhibitor(db, { expoId: EXPO, organisation: 'Property Fish', provinceId: 'gilan' });
  const hall = await insertHall(db, { expoId: EXPO, name: { en: 'Property hall' }, widthM: 50, depthM: 50 });
  const booth = await insertBooth(db, { hallId: hall, code: 'P1' });
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
