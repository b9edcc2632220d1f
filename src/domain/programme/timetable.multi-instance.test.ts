import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { signedIn } from '../../platform/testing/factories.ts';
import { useTwoInstances } from '../../platform/testing/two-instances.ts';
import { participants } from '../delegations/tables.ts';
import { programmeSessions, sessionSeats } from './tables.ts';

const serverUrl = process.env.DATABASE_URL;
const EDITION = 'caspian-governors-summit-2025';
const ROUNDS = 5;

/**
 * Without btree_gist there is no exclusion constraint: only the per-edition advisory lock keeps
 * two instances from both passing the conflict check. PGlite is one connection, so this needs PostgreSQL.
 */
describe.runIf(serverUrl)('two instances writing the same edition at the same moment', () => {
  const { handles, apps } = useTwoInstances(serverUrl!);

  it('books a room once when both instances ask for it at once', async () => {
    const staff = await signedIn(handles[0]!.db, { role: 'secretariat_staff' });
    const headers = { cookie: staff.cookie, 'x-csrf-token': staff.csrfToken };
    const room = (
      await apps[0]!.inject({
        method: 'POST',
        url: `/api/editions/${EDITION}/rooms`,
        headers,
        payload: { name: { en: 'Race room' }, capacity: 10 },
      })
    ).json();
    for (let round = 0; round < ROUNDS; round++) {
      const slot = { startsAt: `2025-11-21T${19 + round}:00:00+03:30`, endsAt: `2025-11-21T${19 + round}:30:00+03:30` };
      const responses = await Promise.all(
        apps.map((app, index) =>
          app.inject({
            method: 'POST',
            url: `/api/editions/${EDITION}/sessions`,
            headers,
            payload: { kind: 'side_event', roomId: room.id, title: { en: `Racer ${index}` }, ...slot },
          }),
        ),
      );
      expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 409]);
    }
    expect(
      await handles[0]!.db.select().from(programmeSessions).where(eq(programmeSessions.roomId, room.id)),
    ).toHaveLength(ROUNDS);
  });

  it('gives the last seat to one of two participants asking through two instances', async () => {
    const staff = await signedIn(handles[0]!.db, { role: 'secretariat_staff' });
    const headers = { cookie: staff.cookie, 'x-csrf-token': staff.csrfToken };
    const session = (
      await apps[0]!.inject({
        method: 'POST',
        url: `/api/editions/${EDITION}/sessions`,
        headers,
        payload: {
          kind: 'side_event',
          capacity: 1,
          title: { en: 'One seat' },
          startsAt: '2025-11-20T22:00:00+03:30',
          endsAt: '2025-11-20T23:00:00+03:30',
        },
      })
    ).json();
    const people = await handles[0]!.db
      .insert(participants)
      .values(
        [0, 1].map((n) => ({
          editionId: EDITION,
          role: 'guest' as const,
          nameNative: `Racer ${n}`,
          nameLatin: `Racer ${n}`,
          nameLanguage: 'en' as const,
          countryCode: 'IR',
          languages: [],
          status: 'approved' as const,
          createdAt: new Date(),
        })),
      )
      .returning();
    const responses = await Promise.all(
      people.map((person, index) =>
        apps[index]!.inject({
          method: 'POST',
          url: `/api/sessions/${session.id}/seats`,
          headers,
          payload: { participantId: person.id },
        }),
      ),
    );
    expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 409]);
    expect(await handles[0]!.db.select().from(sessionSeats).where(eq(sessionSeats.sessionId, session.id))).toHaveLength(
      1,
    );
  });
});
