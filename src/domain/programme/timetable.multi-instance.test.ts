import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { insertParticipant } from '../../platform/testing/factories/delegations.ts';
import { insertRoom, insertSession } from '../../platform/testing/factories/programme.ts';
import { signedIn } from '../../platform/testing/factories/users.ts';
import { useTwoInstances } from '../../platform/testing/two-instances.ts';
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
    const db = handles[0]!.db;
    const staff = await signedIn(db, { role: 'secretariat_staff' });
    const headers = { cookie: staff.cookie, 'x-csrf-token': staff.csrfToken };
    const roomId = await insertRoom(db, { editionId: EDITION, name: { en: 'Race room' }, capacity: 10 });
    for (let round = 0; round < ROUNDS; round++) {
      const slot = { startsAt: `2025-11-21T${19 + round}:00:00+03:30`, endsAt: `2025-11-21T${19 + round}:30:00+03:30` };
      const responses = await Promise.all(
        apps.map((app, index) =>
          app.inject({
            method: 'POST',
            url: `/api/editions/${EDITION}/sessions`,
            headers,
            payload: { kind: 'side_event', roomId, title: { en: `Racer ${index}` }, ...slot },
          }),
        ),
      );
      expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 409]);
    }
    expect(await db.select().from(programmeSessions).where(eq(programmeSessions.roomId, roomId))).toHaveLength(ROUNDS);
  });

  it('gives the last seat to one of two participants asking through two instances', async () => {
    const db = handles[0]!.db;
    const staff = await signedIn(db, { role: 'secretariat_staff' });
    const headers = { cookie: staff.cookie, 'x-csrf-token': staff.csrfToken };
    const sessionId = await insertSession(db, {
      editionId: EDITION,
      kind: 'side_event',
      capacity: 1,
      title: { en: 'One seat' },
      startsAt: '2025-11-20T22:00:00+03:30',
      endsAt: '2025-11-20T23:00:00+03:30',
    });
    const racer = (n: number) =>
      insertParticipant(db, {
        editionId: EDITION,
        role: 'guest',
        provinceId: null,
        nameNative: `Racer ${n}`,
        nameLatin: `Racer ${n}`,
        nameLanguage: 'en',
        languages: [],
      });
    const people = [await racer(0), await racer(1)];
    const responses = await Promise.all(
      people.map((person, index) =>
        apps[index]!.inject({
          method: 'POST',
          url: `/api/sessions/${sessionId}/seats`,
          headers,
          payload: { participantId: person },
        }),
      ),
    );
    expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 409]);
    expect(await db.select().from(sessionSeats).where(eq(sessionSeats.sessionId, sessionId))).toHaveLength(1);
  });
});
