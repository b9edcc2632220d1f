import { readFileSync } from 'node:fs';
import { and, eq } from 'drizzle-orm';
import { users } from '../src/domain/accounts/tables.ts';
import { delegations, participants } from '../src/domain/delegations/tables.ts';
import { answerMeetingRequest } from '../src/domain/meetings/answer-request.ts';
import { changeMeetingSettings, createInterpreter, createMeetingRoom } from '../src/domain/meetings/meeting-setup.ts';
import type { MeetingSettings } from '../src/domain/meetings/model.ts';
import { publishMeetings } from '../src/domain/meetings/publish-meetings.ts';
import { requestMeeting } from '../src/domain/meetings/request-meeting.ts';
import { runScheduler } from '../src/domain/meetings/run-scheduler.ts';
import type { MeetingKind, Priority } from '../src/domain/meetings/scheduler/model.ts';
import type { WriteContext } from '../src/platform/context/request-context.ts';
import type { LocalizedText } from '../src/platform/i18n/localized-text.ts';
import type { Locale } from '../src/platform/i18n/locales.ts';
import type { Actor } from '../src/platform/identity/actor.ts';

const EDITION_2025 = 'caspian-governors-summit-2025';

type DemoRequest = {
  kind: MeetingKind;
  priority: Priority;
  topic: string;
  /** G2G: the two provinces' delegations and the asking side's companions, by Latin name. */
  from?: string;
  to?: string;
  companions?: string[];
  /** B2B: the people of each side, by Latin name. */
  people?: string[];
  others?: string[];
};

type DemoMeetings = {
  settings: Omit<MeetingSettings, 'editionId'>;
  rooms: { kind: MeetingKind; capacity: number; name: LocalizedText }[];
  interpreters: { name: string; languagePairs: [Locale, Locale][] }[];
  requests: DemoRequest[];
};

/**
 * The demo secretariat account that the demo meetings are made by, so they go through the same
 * rules, audit and scheduler as real ones. It is disabled and has no password: nobody signs in as it.
 */
async function demoSecretariat(context: WriteContext): Promise<Actor> {
  const [user] = await context.db
    .insert(users)
    .values({
      email: 'demo-secretariat@caspian-bridge.invalid',
      displayName: 'Demo secretariat',
      passwordHash: '!',
      role: 'secretariat_admin',
      disabledAt: context.now,
    })
    .returning();
  return {
    userId: user!.id,
    email: user!.email,
    displayName: user!.displayName,
    role: 'secretariat_admin',
    provinceId: null,
    organisation: null,
  };
}

/**
 * The 2025 edition's demo meetings: requests between the delegations and among the demo exhibitors,
 * buyers and guests, all accepted, scheduled by the scheduler with a fixed seed, and published.
 */
export async function seedDemoMeetings2025(write: WriteContext): Promise<void> {
  const demo = JSON.parse(readFileSync(new URL('./demo/meetings-2025.json', import.meta.url), 'utf8')) as DemoMeetings;
  const [delegationRows, people] = [
    await write.db.select().from(delegations).where(eq(delegations.editionId, EDITION_2025)),
    await write.db
      .select()
      .from(participants)
      .where(and(eq(participants.editionId, EDITION_2025), eq(participants.isDemo, true))),
  ];
  if (delegationRows.length === 0 || people.length === 0) return;
  const context = { ...write, actor: await demoSecretariat(write) };
  const delegationOf = (provinceId: string) => delegationRows.find((row) => row.provinceId === provinceId)!.id;
  const personOf = (nameLatin: string) => people.find((person) => person.nameLatin === nameLatin)!.id;
  await changeMeetingSettings(context, EDITION_2025, demo.settings);
  for (const room of demo.rooms) {
    await createMeetingRoom(context, EDITION_2025, {
      ...room,
      place: room.kind === 'g2g' ? 'hall' : 'expo',
      sortOrder: 0,
    });
  }
  for (const interpreter of demo.interpreters) {
    await createInterpreter(context, EDITION_2025, { ...interpreter, availableDays: [] });
  }
  for (const entry of demo.requests) {
    const g2g = entry.kind === 'g2g';
    const request = await requestMeeting(
      context,
      EDITION_2025,
      {
        kind: entry.kind,
        priority: entry.priority,
        topic: entry.topic,
        preferredDays: [],
        requester: g2g
          ? { delegationId: delegationOf(entry.from!), participantIds: (entry.companions ?? []).map(personOf) }
          : { participantIds: (entry.people ?? []).map(personOf) },
        receiver: g2g
          ? { delegationId: delegationOf(entry.to!), participantIds: [] }
          : { participantIds: (entry.others ?? []).map(personOf) },
      },
      { isDemo: true },
    );
    await answerMeetingRequest(context, request.id, { answer: 'accept' });
  }
  await runScheduler(context, EDITION_2025, { iterations: 500, seed: 2025 });
  await publishMeetings(context, EDITION_2025, null);
}
