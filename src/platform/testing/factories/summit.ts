import { randomBytes } from 'node:crypto';
import { max } from 'drizzle-orm';
import { editions, expos } from '../../../domain/summit/tables.ts';
import type { Executor } from '../../db/client.ts';
import type { LocalizedText } from '../../i18n/localized-text.ts';

/** The seeded 2025 summit and its expo, which every test database holds. */
export const EDITION_2025 = 'caspian-governors-summit-2025';
export const EXPO_2025 = 'caspian-expo-2025';

export type EditionSpec = {
  id?: string;
  name?: LocalizedText;
  hostProvinceId?: string;
  startsOn?: string;
  endsOn?: string;
  timeZone?: string;
  /** A draft unless told, as every new edition is; a test reading it as the public publishes it. */
  status?: 'draft' | 'published';
};

/**
 * An edition row written straight to the table, numbered after the last one, in Rasht in November
 * 2026 unless told otherwise. Without panels, provinces or delegations: add what the test needs.
 */
export async function insertEdition(db: Executor, spec: EditionSpec = {}): Promise<string> {
  const id = spec.id ?? `test-edition-${randomBytes(4).toString('hex')}`;
  const [last] = await db.select({ ordinal: max(editions.ordinal) }).from(editions);
  await db.insert(editions).values({
    id,
    ordinal: (last?.ordinal ?? 0) + 1,
    name: spec.name ?? { en: `Test edition ${id}` },
    slogan: {},
    hostProvinceId: spec.hostProvinceId ?? 'gilan',
    city: { en: 'Rasht' },
    venue: { en: 'Hall' },
    startsOn: spec.startsOn ?? '2026-11-17',
    endsOn: spec.endsOn ?? '2026-11-20',
    timeZone: spec.timeZone ?? 'Asia/Tehran',
    sources: [],
    status: spec.status ?? 'draft',
    publishedAt: spec.status === 'published' ? new Date('2026-01-01T00:00:00Z') : null,
  });
  return id;
}

export type ExpoSpec = { id?: string; editionId?: string; startsOn?: string; endsOn?: string };

/** An expo of an edition (2025 by default) with no halls, exhibitors or buyers, so a test counts only its own. */
export async function insertExpo(db: Executor, spec: ExpoSpec = {}): Promise<string> {
  const id = spec.id ?? `test-expo-${randomBytes(4).toString('hex')}`;
  await db.insert(expos).values({
    id,
    editionId: spec.editionId ?? EDITION_2025,
    name: { en: `Test expo ${id}` },
    venue: { en: 'Hall' },
    venueProvinceId: 'gilan',
    aim: {},
    targetMarkets: [],
    startsOn: spec.startsOn ?? '2025-11-18',
    endsOn: spec.endsOn ?? '2025-11-21',
    sources: [],
  });
  return id;
}
