import { expect, it } from 'vitest';
import { AvailabilityBody } from './availability-schema.ts';
import { delegationHeadOf, delegationIdOf } from '../../platform/testing/factories/delegations.ts';
import {
  insertAcceptedRequest,
  insertInterpreter,
  insertMeetingRoom,
  removeAllMeetings,
} from '../../platform/testing/factories/meetings.ts';
import { EDITION_2025 } from '../../platform/testing/factories/summit.ts';
import { signedIn } from '../../platform/testing/factories/users.ts';
import {
  describeWriteEndpointProperties,
  jsonWriteEndpoints,
  type WriteEndpoint,
} from '../../platform/testing/write-properties.ts';
import {
  CancelMeetingBody,
  LockMeetingBody,
  MarkNoticesReadBody,
  MoveMeetingBody,
  OutcomeBody,
  PublishMeetingsBody,
  RunSchedulerBody,
  UpdateScheduleBody,
} from './schedule-schema.ts';
import { AnswerMeetingRequestBody, ChangeMeetingRequestBody, CreateMeetingRequestBody } from './schema.ts';
import { CreateInterpreterBody, CreateMeetingRoomBody, MeetingSettingsBody } from './setup-schema.ts';

const edition = `/api/editions/${EDITION_2025}/meetings`;

const endpoints: Record<string, WriteEndpoint> = {
  // Scheduling first: the rooms and interpreters the later endpoints add by the hundred would make
  // every scheduler run in between solve a far larger instance than the one under test.
  'POST /api/editions/:editionId/meetings/schedule': {
    method: 'POST',
    url: () => `${edition}/schedule`,
    schema: RunSchedulerBody,
    as: 'secretariat',
  },
  'POST /api/editions/:editionId/meetings/publish': {
    method: 'POST',
    url: () => `${edition}/publish`,
    schema: PublishMeetingsBody,
    as: 'secretariat',
  },
  'POST /api/meetings/:id/move': {
    method: 'POST',
    url: (f) => `/api/meetings/${f.ids!.meeting}/move`,
    schema: MoveMeetingBody,
    as: 'secretariat',
  },
  'POST /api/meetings/:id/lock': {
    method: 'POST',
    url: (f) => `/api/meetings/${f.ids!.meeting}/lock`,
    schema: LockMeetingBody,
    as: 'secretariat',
  },
  'POST /api/meetings/:id/outcome': {
    method: 'POST',
    url: (f) => `/api/meetings/${f.ids!.meeting}/outcome`,
    schema: OutcomeBody,
    as: 'secretariat',
  },
  'POST /api/meetings/:id/cancel': {
    method: 'POST',
    url: (f) => `/api/meetings/${f.ids!.meeting}/cancel`,
    schema: CancelMeetingBody,
    as: 'secretariat',
  },
  'POST /api/editions/:editionId/meetings/notices/read': {
    method: 'POST',
    url: () => `${edition}/notices/read`,
    schema: MarkNoticesReadBody,
    as: 'gilan',
  },
  'POST /api/editions/:editionId/meetings/requests': {
    method: 'POST',
    url: () => `${edition}/requests`,
    schema: CreateMeetingRequestBody,
    as: 'gilan',
  },
  'PATCH /api/meetings/requests/:id': {
    method: 'PATCH',
    url: (f) => `/api/meetings/requests/${f.ids!.sent}`,
    schema: ChangeMeetingRequestBody,
    as: 'secretariat',
  },
  'POST /api/meetings/requests/:id/answer': {
    method: 'POST',
    url: (f) => `/api/meetings/requests/${f.ids!.sent}/answer`,
    schema: AnswerMeetingRequestBody,
    as: 'astrakhan',
  },
  'PUT /api/editions/:editionId/meetings/settings': {
    method: 'PUT',
    url: () => `${edition}/settings`,
    schema: MeetingSettingsBody,
    as: 'secretariat',
  },
  'POST /api/editions/:editionId/meetings/rooms': {
    method: 'POST',
    url: () => `${edition}/rooms`,
    schema: CreateMeetingRoomBody,
    as: 'secretariat',
  },
  'POST /api/editions/:editionId/meetings/interpreters': {
    method: 'POST',
    url: () => `${edition}/interpreters`,
    schema: CreateInterpreterBody,
    as: 'secretariat',
  },
  'POST /api/editions/:editionId/meetings/update': {
    method: 'POST',
    url: () => `${edition}/update`,
    schema: UpdateScheduleBody,
    as: 'secretariat',
  },
  'PUT /api/meetings/rooms/:id': {
    method: 'PUT',
    url: (f) => `/api/meetings/rooms/${f.ids!.room}`,
    schema: CreateMeetingRoomBody,
    as: 'secretariat',
  },
  'PUT /api/meetings/interpreters/:id': {
    method: 'PUT',
    url: (f) => `/api/meetings/interpreters/${f.ids!.interpreter}`,
    schema: CreateInterpreterBody,
    as: 'secretariat',
  },
  'PUT /api/editions/:editionId/meetings/availability/:participantId': {
    method: 'PUT',
    url: (f) => `${edition}/availability/${f.ids!.governor}`,
    schema: AvailabilityBody,
    as: 'gilan',
  },
};

const properties = describeWriteEndpointProperties(async (t) => {
  const db = t.database.db;
  await removeAllMeetings(db);
  const users = {
    secretariat: await signedIn(t, { role: 'secretariat_staff' }),
    gilan: await signedIn(t, { role: 'delegation_member', provinceId: 'gilan' }),
    astrakhan: await signedIn(t, { role: 'delegation_member', provinceId: 'astrakhan' }),
  };
  const room = await insertMeetingRoom(db);
  const interpreter = await insertInterpreter(db);
  const delegation = async (province: string) => ({
    delegationId: (await delegationIdOf(db, EDITION_2025, province))!,
    participantIds: [await delegationHeadOf(db, EDITION_2025, province)],
  });
  await insertAcceptedRequest(db, {
    kind: 'g2g',
    requester: { ...(await delegation('gilan')), languages: ['fa'] },
    receiver: { ...(await delegation('dagestan')), languages: ['ru'] },
    createdBy: users.secretariat.actor.userId,
  });
  const sent = await t.request({
    method: 'POST',
    url: `${edition}/requests`,
    as: users.gilan,
    payload: {
      kind: 'g2g',
      topic: 'Ports',
      requester: await delegation('gilan'),
      receiver: await delegation('astrakhan'),
    },
  });
  const run = await t.request({ method: 'POST', url: `${edition}/schedule`, as: users.secretariat, payload: {} });
  await t.request({ method: 'POST', url: `${edition}/publish`, as: users.secretariat, payload: {} });
  const governor = await delegationHeadOf(db, EDITION_2025, 'gilan');
  return { users, ids: { sent: sent.json().id, meeting: run.json().meetings[0].id, governor, room, interpreter } };
}, endpoints);

it('puts every JSON write endpoint of meetings under these properties', () => {
  expect(jsonWriteEndpoints(properties.testApp(), ['/api/editions/{editionId}/meetings', '/api/meetings'])).toEqual(
    Object.keys(endpoints).sort(),
  );
});
