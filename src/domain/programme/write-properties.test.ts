import { expect, it } from 'vitest';
import { insertParticipant } from '../../platform/testing/factories/delegations.ts';
import { insertRoom, insertSession } from '../../platform/testing/factories/programme.ts';
import { signedIn } from '../../platform/testing/factories/users.ts';
import {
  describeWriteEndpointProperties,
  jsonWriteEndpoints,
  type WriteEndpoint,
} from '../../platform/testing/write-properties.ts';
import { ChangeEditionRequest, CreateEditionRequest } from '../summit/schema.ts';
import {
  ChangeRoomRequest,
  ChangeSessionRequest,
  CreateRoomRequest,
  CreateSessionRequest,
  ReserveSeatRequest,
} from './schema.ts';

const EDITION = 'caspian-governors-summit-2025';

const endpoints: Record<string, WriteEndpoint> = {
  'POST /api/editions': { method: 'POST', url: () => '/api/editions', schema: CreateEditionRequest, as: 'staff' },
  'PATCH /api/editions/:id': {
    method: 'PATCH',
    url: () => `/api/editions/${EDITION}`,
    schema: ChangeEditionRequest,
    as: 'staff',
  },
  'POST /api/editions/:editionId/rooms': {
    method: 'POST',
    url: () => `/api/editions/${EDITION}/rooms`,
    schema: CreateRoomRequest,
    as: 'staff',
  },
  'PATCH /api/rooms/:id': {
    method: 'PATCH',
    url: (fixture) => `/api/rooms/${fixture.ids!.room}`,
    schema: ChangeRoomRequest,
    as: 'staff',
  },
  'POST /api/editions/:editionId/sessions': {
    method: 'POST',
    url: () => `/api/editions/${EDITION}/sessions`,
    schema: CreateSessionRequest,
    as: 'staff',
  },
  'PATCH /api/sessions/:id': {
    method: 'PATCH',
    url: (fixture) => `/api/sessions/${fixture.ids!.session}`,
    schema: ChangeSessionRequest,
    as: 'staff',
  },
  'POST /api/sessions/:id/seats': {
    method: 'POST',
    url: (fixture) => `/api/sessions/${fixture.ids!.session}/seats`,
    schema: ReserveSeatRequest,
    as: 'staff',
  },
};

const properties = describeWriteEndpointProperties(async (t) => {
  const staff = await signedIn(t, { role: 'secretariat_staff' });
  const db = t.database.db;
  const room = await insertRoom(db, { editionId: EDITION, name: { en: 'Fuzz hall' }, capacity: 10 });
  const session = await insertSession(db, {
    editionId: EDITION,
    kind: 'side_event',
    roomId: room,
    title: { en: 'Fuzz' },
    startsAt: '2025-11-21T23:00:00+03:30',
    endsAt: '2025-11-21T23:30:00+03:30',
  });
  await insertParticipant(db, {
    editionId: EDITION,
    role: 'guest',
    provinceId: null,
    nameNative: 'Fuzz',
    nameLatin: 'Fuzz',
    nameLanguage: 'en',
    languages: [],
  });
  return { users: { staff }, ids: { room, session } };
}, endpoints);

it('puts every JSON write endpoint of editions and the programme under these properties', () => {
  const found = jsonWriteEndpoints(properties.testApp(), ['/api/editions', '/api/rooms', '/api/sessions']).filter(
    // Other capabilities hang their own routes under an edition; their property tests cover them.
    (endpoint) =>
      endpoint === 'POST /api/editions' ||
      /^(POST|PATCH) \/api\/(editions\/:id$|editions\/:editionId\/(rooms|sessions)$|rooms|sessions)/.test(endpoint),
  );
  expect(found).toEqual(Object.keys(endpoints).sort());
});
