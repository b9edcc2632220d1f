import type { Database } from '../../platform/db/client.ts';
import { badges, checkIns } from '../badges/tables.ts';
import type { ParticipantRole, ParticipantStatus, RoleLimits } from '../delegations/model.ts';
import { delegations, participants } from '../delegations/tables.ts';
import { programmeSessions, sessionSeats } from '../programme/tables.ts';
import { editions } from '../summit/tables.ts';

/**
 * Rows of the summit tables written straight into a test database, for tests of read-only
 * figures (dashboard, announcement audiences) that should not depend on the registration and
 * programme use cases. Each test file makes its own edition, so seeded content never counts.
 */
export function summitRows(db: Database) {
  let ordinal = 900;
  let person = 0;
  const badgeOf = new Map<string, string>();
  return {
    async edition(id: string, timeZone = 'Asia/Tehran'): Promise<string> {
      await db.insert(editions).values({
        id,
        ordinal: ordinal++,
        name: { en: `Test edition ${id}` },
        slogan: {},
        hostProvinceId: 'gilan',
        city: { en: 'Rasht' },
        venue: { en: 'Hall' },
        startsOn: '2026-11-17',
        endsOn: '2026-11-20',
        timeZone,
        sources: [],
      });
      return id;
    },

    async delegation(
      editionId: string,
      provinceId: string,
      memberLimit = 10,
      roleLimits: RoleLimits = {},
    ): Promise<string> {
      const [row] = await db
        .insert(delegations)
        .values({ editionId, provinceId, memberLimit, roleLimits })
        .returning({ id: delegations.id });
      return row!.id;
    },

    async participant(
      editionId: string,
      spec: {
        role: ParticipantRole;
        status: ParticipantStatus;
        countryCode: string;
        provinceId?: string | null;
        delegationId?: string | null;
        userId?: string | null;
      },
    ): Promise<string> {
      person++;
      const [row] = await db
        .insert(participants)
        .values({
          editionId,
          role: spec.role,
          status: spec.status,
          countryCode: spec.countryCode,
          provinceId: spec.provinceId ?? null,
          delegationId: spec.delegationId ?? null,
          userId: spec.userId ?? null,
          nameNative: `Test person ${person}`,
          nameLatin: `Test person ${person}`,
          nameLanguage: 'en',
          languages: ['en'],
          createdAt: new Date('2026-10-01T08:00:00Z'),
        })
        .returning({ id: participants.id });
      return row!.id;
    },

    async session(editionId: string, title: string, startsAt: string): Promise<string> {
      const start = new Date(startsAt);
      const [row] = await db
        .insert(programmeSessions)
        .values({
          editionId,
          kind: 'side_event',
          startsAt: start,
          endsAt: new Date(start.getTime() + 60 * 60_000),
          title: { en: title },
          abstract: {},
          languagesSpoken: ['en'],
          languagesInterpreted: [],
          capacity: 50,
          createdAt: start,
          updatedAt: start,
        })
        .returning({ id: programmeSessions.id });
      return row!.id;
    },

    async seat(sessionId: string, participantId: string): Promise<void> {
      await db.insert(sessionSeats).values({ sessionId, participantId, reservedAt: new Date('2026-11-01T08:00:00Z') });
    },

    /** A badge for the participant and a scan on the day (at the door, or at a session). */
    async checkIn(
      editionId: string,
      participantId: string,
      day: string,
      sessionId: string | null = null,
    ): Promise<void> {
      if (!badgeOf.has(participantId)) {
        const [badge] = await db
          .insert(badges)
          .values({ participantId, editionId, issuedAt: new Date('2026-11-01T08:00:00Z') })
          .returning({ id: badges.id });
        badgeOf.set(participantId, badge!.id);
      }
      await db.insert(checkIns).values({
        badgeId: badgeOf.get(participantId)!,
        participantId,
        editionId,
        sessionId,
        day,
        checkedInAt: new Date(`${day}T07:00:00Z`),
      });
    },
  };
}
