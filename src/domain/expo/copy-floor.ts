import type { WriteContext } from '../../platform/context/request-context.ts';
import type { EditionCopy } from '../summit/model.ts';
import { createFloorRepository } from './floor-repository.ts';

/**
 * Expo's step of copying an edition forward: each copied expo gets its source's halls and booths.
 * Exhibitors and booth assignments stay behind: each year's exhibitors book anew.
 */
export async function copyExpoFloors(context: WriteContext, { expoIds }: EditionCopy): Promise<{ booths: number }> {
  let booths = 0;
  for (const [fromExpoId, toExpoId] of expoIds) booths += await copyExpoFloor(context, fromExpoId, toExpoId);
  return { booths };
}

/** Copies one expo's halls and booths to another expo under new ids; returns how many booths were copied. */
export async function copyExpoFloor(context: WriteContext, fromExpoId: string, toExpoId: string): Promise<number> {
  const repo = createFloorRepository(context.db);
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
