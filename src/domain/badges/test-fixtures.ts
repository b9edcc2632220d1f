import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import type { ParticipantRole, ParticipantStatus } from '../delegations/model.ts';
import { delegations, participants } from '../delegations/tables.ts';
import { programmeSessions } from '../programme/tables.ts';
import { editions } from '../summit/tables.ts';

export const EDITION_2025 = 'caspian-governors-summit-2025';

export type ParticipantSpec = {
  status?: ParticipantStatus;
  role?: ParticipantRole;
  nameNative?: string;
  nameLatin?: string;
  nameLanguage?: Locale;
  provinceId?: string;
  editionId?: string;
  delegated?: boolean;
};

/** A participant row written straight to the table: the registration flow is not what these tests are about. */
export async function insertParticipant(
  db: Database,
  spec: ParticipantSpec = {},
): Promise<{ id: string; delegationId: string | null }> {
  const provinceId = spec.provinceId ?? 'gilan';
  const editionId = spec.editionId ?? EDITION_2025;
  const [delegation] =
    spec.delegated === false
      ? []
      : await db
          .select()
          .from(delegations)
          .where(and(eq(delegations.editionId, editionId), eq(delegations.provinceId, provinceId)));
  const [row] = await db
    .insert(participants)
    .values({
      editionId,
      delegationId: delegation?.id ?? null,
      role: spec.role ?? 'member',
      nameNative: spec.nameNative ?? 'سارا نیک‌نام',
      nameLatin: spec.nameLatin ?? 'Sara Niknam',
      nameLanguage: spec.nameLanguage ?? 'fa',
      countryCode: provinceId === 'mangystau' ? 'KZ' : 'IR',
      provinceId,
      languages: ['fa'],
      status: spec.status ?? 'approved',
      createdAt: new Date('2025-10-01T08:00:00Z'),
    })
    .returning({ id: participants.id, delegationId: participants.delegationId });
  return row!;
}

export async function setParticipantStatus(db: Database, id: string, status: ParticipantStatus): Promise<void> {
  await db.update(participants).set({ status }).where(eq(participants.id, id));
}

export async function insertSession(db: Database, editionId = EDITION_2025): Promise<string> {
  const [row] = await db
    .insert(programmeSessions)
    .values({
      editionId,
      kind: 'general_panel',
      startsAt: new Date('2025-11-18T07:00:00Z'),
      endsAt: new Date('2025-11-18T08:30:00Z'),
      title: { en: 'Test session' },
      abstract: {},
      languagesSpoken: ['fa'],
      languagesInterpreted: [],
      createdAt: new Date('2025-10-01T08:00:00Z'),
      updatedAt: new Date('2025-10-01T08:00:00Z'),
    })
    .returning({ id: programmeSessions.id });
  return row!.id;
}

let otherEditions = 0;

/** A second edition, copied from 2025 with another id, to check that editions stay apart. */
export async function insertOtherEdition(db: Database): Promise<string> {
  const [edition] = await db.select().from(editions).where(eq(editions.id, EDITION_2025));
  otherEditions += 1;
  const id = `test-edition-${randomUUID().slice(0, 8)}`;
  await db.insert(editions).values({
    ...edition!,
    id,
    ordinal: edition!.ordinal + otherEditions,
    startsOn: '2026-11-17',
    endsOn: '2026-11-20',
  });
  return id;
}
