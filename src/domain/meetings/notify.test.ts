import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../platform/db/client.ts';
import type { OutgoingMail } from '../../platform/mail/mailer.ts';
import { insertParticipant } from '../../platform/testing/factories/delegations.ts';
import { insertMeetingRoom } from '../../platform/testing/factories/meetings.ts';
import { EDITION_2025 } from '../../platform/testing/factories/summit.ts';
import { testContext } from '../../platform/testing/test-context.ts';
import { openTestDatabase } from '../../platform/testing/test-database.ts';
import type { MeetingRequest } from './model.ts';
import { mailMeetingChanges } from './notify.ts';
import { createSetupRepository } from './setup-repository.ts';

let database: DatabaseHandle;
const ids: Record<string, string> = {};

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.db;
  ids.reza = await insertParticipant(db, {
    nameNative: 'رضا کاظمی',
    nameLatin: 'Reza Kazemi',
    languages: ['fa', 'en'],
    email: 'reza@example.org',
  });
  ids.andrei = await insertParticipant(db, {
    provinceId: 'astrakhan',
    nameNative: 'Андрей Волков',
    nameLatin: 'Andrei Volkov',
    nameLanguage: 'ru',
    languages: ['ru'],
    email: 'andrei@example.org',
  });
  ids.aide = await insertParticipant(db, { provinceId: 'astrakhan', languages: ['ru'], email: null });
  ids.room = await insertMeetingRoom(db, { name: { en: 'Protocol room', fa: 'اتاق تشریفات', ru: 'Протокольный зал' } });
  const setup = createSetupRepository(db);
  await setup.insertSlots([
    {
      editionId: EDITION_2025,
      day: '2025-11-19',
      startsAt: new Date('2025-11-19T06:30:00Z'),
      endsAt: new Date('2025-11-19T07:00:00Z'),
    },
  ]);
  ids.slot = (await setup.listSlots(EDITION_2025))[0]!.id;
});
afterAll(() => database.close());

const request = {
  id: 'r',
  editionId: EDITION_2025,
  kind: 'g2g',
  topic: 'Shipping between Anzali and Astrakhan',
  requester: { delegationId: null, participantIds: [] as string[], languages: ['fa'] },
  receiver: { delegationId: null, participantIds: [] as string[], languages: ['ru'] },
} as unknown as MeetingRequest;

describe('mailMeetingChanges', () => {
  it('writes to each person with an address in their own language, naming the other side and the room', async () => {
    const sent: OutgoingMail[] = [];
    const mailer = { send: async (mail: OutgoingMail) => void sent.push(mail) };
    const change = {
      kind: 'published' as const,
      request: {
        ...request,
        requester: { ...request.requester, participantIds: [ids.reza!] },
        receiver: { ...request.receiver, participantIds: [ids.andrei!, ids.aide!] },
      },
      placement: { slotId: ids.slot!, roomId: ids.room!, interpreterId: null },
    };
    const count = await mailMeetingChanges(
      testContext(database.db),
      mailer,
      EDITION_2025,
      [change],
      'https://cb.example',
    );
    expect(count).toBe(2);
    const toReza = sent.find((mail) => mail.to === 'reza@example.org')!;
    expect(toReza.subject).toBe('دیدار زمان‌بندی شد: Shipping between Anzali and Astrakhan');
    expect(toReza.text).toContain('اتاق تشریفات');
    expect(toReza.text).toContain('https://cb.example/fa/meetings');
    const toAndrei = sent.find((mail) => mail.to === 'andrei@example.org')!;
    expect(toAndrei.subject).toBe('Встреча назначена: Shipping between Anzali and Astrakhan');
    expect(toAndrei.text).toContain('С кем: Reza Kazemi');
  });
});
