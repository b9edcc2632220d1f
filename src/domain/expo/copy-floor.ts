import type { Executor } from '../../platform/db/client.ts';
import { createFloorRepository } from './floor-repository.ts';

/**
 * Copies one expo's halls and booths to another expo under new ids, for an edition copied from
 * the last one. Exhibitors and booth assignments stay behind: each year's exhibitors book anew.
 * The caller owns the transaction and the audit entry. Returns how many booths were copied.
 */
export async function copyExpoFloor(tx: Executor, fromExpoId: string, toExpoId: string): Promise<number> {
  const repo = createFloorRepository(tx);
  const halls = await repo.listHalls(fromExpoId);
  let copied = 0;
  for (const hall of halls) {
    const { id: oldHallId, expoId: _from, ...rest } = hall;
    const newHall = await repo.insertHall({ ...rest, expoId: toExpoId });
    const booths = await repo.listBooths([oldHallId]);
    const inserted = await repo.insertBooths(
      booths.map(({ id: _id, hallId: _hall, ...booth }) => ({ ...booth, hallId: newHall.id })),
    );
    copied += inserted.length;
  }
  return copied;
}
