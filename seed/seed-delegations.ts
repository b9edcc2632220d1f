import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import type { Transaction } from '../src/platform/db/client.ts';
import { delegations, participants } from '../src/domain/delegations/tables.ts';
import { editionProvinces } from '../src/domain/summit/tables.ts';
import { buildDelegationRows, buildDemoParticipantRows, type DemoParticipant } from './build-delegations.ts';

const EDITION_2025 = 'caspian-governors-summit-2025';

/** One delegation per province taking part in 2025, host included. */
export async function seedDelegations2025(tx: Transaction): Promise<void> {
  const taking = await tx
    .select({ provinceId: editionProvinces.provinceId })
    .from(editionProvinces)
    .where(eq(editionProvinces.editionId, EDITION_2025));
  if (taking.length === 0) return;
  await tx.insert(delegations).values(
    buildDelegationRows(
      EDITION_2025,
      taking.map((row) => row.provinceId),
    ),
  );
}

export async function seedDemoParticipants2025(tx: Transaction): Promise<void> {
  const demo = (
    JSON.parse(readFileSync(new URL('./demo/participants.json', import.meta.url), 'utf8')) as {
      participants: DemoParticipant[];
    }
  ).participants;
  const rows = await tx
    .select({ id: delegations.id, provinceId: delegations.provinceId })
    .from(delegations)
    .where(eq(delegations.editionId, EDITION_2025));
  if (rows.length === 0) return;
  const byProvince = new Map(rows.map((row) => [row.provinceId, row.id]));
  await tx
    .insert(participants)
    .values(buildDemoParticipantRows(demo, EDITION_2025, (provinceId) => byProvince.get(provinceId) ?? null));
}
