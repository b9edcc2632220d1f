import type { Database, Executor, Transaction } from '../../platform/db/client.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/http/errors.ts';
import type { LocalizedText } from '../../platform/i18n/localized-text.ts';
import { can } from '../accounts/permissions.ts';
import { recordAudit } from '../audit/service.ts';
import type { WriteContext } from './exhibitors.ts';
import { assertExpoExists } from './exhibitors.ts';
import { createFloorRepository, type BoothRow, type HallRow } from './floor-repository.ts';
import type { FloorRect } from './model.ts';
import { boothsOutsideHall, checkBoothPlacement } from './rules.ts';
import { violatedUniqueConstraint } from '../../platform/db/unique-violation.ts';

export type HallContent = { name: LocalizedText; widthM: number; depthM: number; sortOrder: number };
export type BoothContent = FloorRect & { code: string };
export type FloorBooth = BoothRow & { exhibitor: { id: string; organisation: string; isDemo: boolean } | null };
export type Floor = { halls: (HallRow & { booths: FloorBooth[] })[] };

function assertMayArrange(context: WriteContext): void {
  if (!can(context.actor, 'booth.assign')) throw new AppError('forbidden');
}

/** Halls with their booths and each booth's exhibitor, everything the floor plan is drawn from. */
export async function getFloor(db: Executor, expoId: string): Promise<Floor> {
  await assertExpoExists(db, expoId);
  const repo = createFloorRepository(db);
  const halls = await repo.listHalls(expoId);
  const booths = await repo.listBooths(halls.map((hall) => hall.id));
  const holders = new Map(
    (await repo.listAssignments(booths.map((booth) => booth.id))).map((row) => [row.boothId, row]),
  );
  return {
    halls: halls.map((hall) => ({
      ...hall,
      booths: booths
        .filter((booth) => booth.hallId === hall.id)
        .map((booth) => {
          const holder = holders.get(booth.id);
          return {
            ...booth,
            exhibitor: holder
              ? { id: holder.exhibitorId, organisation: holder.organisation, isDemo: holder.isDemo }
              : null,
          };
        }),
    })),
  };
}

export async function createHall(
  db: Database,
  context: WriteContext,
  expoId: string,
  content: HallContent,
): Promise<HallRow> {
  assertMayArrange(context);
  await assertExpoExists(db, expoId);
  return inTransaction(db, async (tx) => {
    const hall = await createFloorRepository(tx).insertHall({ ...content, expoId, isDemo: false });
    await recordAudit(tx, context.audit, {
      action: 'expo_hall.create',
      entityType: 'expo_hall',
      entityId: hall.id,
      after: hall,
    });
    return hall;
  });
}

async function findHallOrFail(tx: Executor, id: string): Promise<HallRow> {
  const hall = await createFloorRepository(tx).findHall(id);
  if (!hall) throw new AppError('hall_not_found', { id });
  return hall;
}

/** A hall may not shrink under its booths: the first booth left outside is named. */
export async function updateHall(
  db: Database,
  context: WriteContext,
  id: string,
  changes: Partial<HallContent>,
): Promise<HallRow> {
  assertMayArrange(context);
  return inTransaction(db, async (tx) => {
    const repo = createFloorRepository(tx);
    const before = await findHallOrFail(tx, id);
    const size = { widthM: changes.widthM ?? before.widthM, depthM: changes.depthM ?? before.depthM };
    const [cutOff] = boothsOutsideHall(size, await repo.listBooths([id]));
    if (cutOff) throw new AppError('booth_overlaps', { code: cutOff.code });
    // An empty change is allowed and changes nothing (Drizzle refuses an update without values).
    const after = Object.keys(changes).length > 0 ? await repo.updateHall(id, changes) : before;
    await recordAudit(tx, context.audit, {
      action: 'expo_hall.update',
      entityType: 'expo_hall',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

/** Removing a hall removes its booths and their assignments with it (the tables cascade). */
export async function deleteHall(db: Database, context: WriteContext, id: string): Promise<void> {
  assertMayArrange(context);
  await inTransaction(db, async (tx) => {
    const before = await findHallOrFail(tx, id);
    await createFloorRepository(tx).deleteHall(id);
    await recordAudit(tx, context.audit, { action: 'expo_hall.delete', entityType: 'expo_hall', entityId: id, before });
  });
}

async function placeBooth(
  tx: Transaction,
  hall: HallRow,
  booth: BoothContent,
  exceptBoothId: string | null,
): Promise<void> {
  const repo = createFloorRepository(tx);
  const others = await repo.listOtherBooths(hall.id, exceptBoothId);
  if (others.some((other) => other.code === booth.code)) throw new AppError('booth_code_taken', { code: booth.code });
  const placement = checkBoothPlacement(booth, hall, others);
  if (!placement.ok) throw new AppError('booth_overlaps', { code: placement.conflictCode ?? booth.code });
}

/** Two staff placing booths at once may both pass the checks; the code's uniqueness is kept by the database. */
async function guardCode<T>(code: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (violatedUniqueConstraint(error) !== undefined) throw new AppError('booth_code_taken', { code });
    throw error;
  }
}

export async function createBooth(
  db: Database,
  context: WriteContext,
  hallId: string,
  content: BoothContent,
): Promise<BoothRow> {
  assertMayArrange(context);
  return guardCode(content.code, () =>
    inTransaction(db, async (tx) => {
      const hall = await findHallOrFail(tx, hallId);
      await placeBooth(tx, hall, content, null);
      const [booth] = await createFloorRepository(tx).insertBooths([{ ...content, hallId }]);
      await recordAudit(tx, context.audit, {
        action: 'expo_booth.create',
        entityType: 'expo_booth',
        entityId: booth!.id,
        after: booth,
      });
      return booth!;
    }),
  );
}

async function findBoothOrFail(tx: Executor, id: string): Promise<BoothRow> {
  const booth = await createFloorRepository(tx).findBooth(id);
  if (!booth) throw new AppError('booth_not_found', { id });
  return booth;
}

export async function updateBooth(
  db: Database,
  context: WriteContext,
  id: string,
  changes: Partial<BoothContent>,
): Promise<BoothRow> {
  assertMayArrange(context);
  return guardCode(changes.code ?? '', () =>
    inTransaction(db, async (tx) => {
      const before = await findBoothOrFail(tx, id);
      const hall = await findHallOrFail(tx, before.hallId);
      const moved = {
        code: changes.code ?? before.code,
        xM: changes.xM ?? before.xM,
        yM: changes.yM ?? before.yM,
        widthM: changes.widthM ?? before.widthM,
        depthM: changes.depthM ?? before.depthM,
      };
      await placeBooth(tx, hall, moved, id);
      const after = await createFloorRepository(tx).updateBooth(id, moved);
      await recordAudit(tx, context.audit, {
        action: 'expo_booth.update',
        entityType: 'expo_booth',
        entityId: id,
        before,
        after,
      });
      return after;
    }),
  );
}

export async function deleteBooth(db: Database, context: WriteContext, id: string): Promise<void> {
  assertMayArrange(context);
  await inTransaction(db, async (tx) => {
    const before = await findBoothOrFail(tx, id);
    await createFloorRepository(tx).deleteBooth(id);
    await recordAudit(tx, context.audit, {
      action: 'expo_booth.delete',
      entityType: 'expo_booth',
      entityId: id,
      before,
    });
  });
}
