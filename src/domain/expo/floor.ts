import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { RequestContext, WriteContext } from '../../platform/context/request-context.ts';
import { violatedUniqueConstraint } from '../../platform/db/unique-violation.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { LocalizedText } from '../../platform/i18n/localized-text.ts';
import { requirePermission } from '../../platform/identity/permissions.ts';
import { assertExpoExists, assertExpoVisible } from './exhibitors.ts';
import { type BoothRow, createFloorRepository, type HallRow } from './floor-repository.ts';
import type { FloorRect } from './model.ts';
import { boothsOutsideHall, checkBoothPlacement } from './rules.ts';

export type HallContent = { name: LocalizedText; widthM: number; depthM: number; sortOrder: number };
export type BoothContent = FloorRect & { code: string };
export type FloorBooth = BoothRow & { exhibitor: { id: string; organisation: string; isDemo: boolean } | null };
export type Floor = { halls: (HallRow & { booths: FloorBooth[] })[] };

/** Halls with their booths and each booth's exhibitor, everything the floor plan is drawn from. */
export async function getFloor(context: RequestContext, expoId: string): Promise<Floor> {
  await assertExpoVisible(context, expoId);
  const repo = createFloorRepository(context.db);
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

export async function createHall(context: WriteContext, expoId: string, content: HallContent): Promise<HallRow> {
  requirePermission(context.actor, 'booth.assign');
  await assertExpoExists(context, expoId);
  const hall = await createFloorRepository(context.db).insertHall({ ...content, expoId, isDemo: false });
  await recordAudit(context, 'expo_hall.create', 'expo_hall', hall.id, { after: hall });
  return hall;
}

async function findHallOrFail(context: RequestContext, id: string): Promise<HallRow> {
  const hall = await createFloorRepository(context.db).findHall(id);
  if (!hall) throw new AppError('hall_not_found', { id });
  return hall;
}

/** A hall may not shrink under its booths: the first booth left outside is named. */
export async function updateHall(context: WriteContext, id: string, changes: Partial<HallContent>): Promise<HallRow> {
  requirePermission(context.actor, 'booth.assign');
  const repo = createFloorRepository(context.db);
  const before = await findHallOrFail(context, id);
  const size = { widthM: changes.widthM ?? before.widthM, depthM: changes.depthM ?? before.depthM };
  const [cutOff] = boothsOutsideHall(size, await repo.listBooths([id]));
  if (cutOff) throw new AppError('booth_overlaps', { code: cutOff.code });
  // An empty change is allowed and changes nothing (Drizzle refuses an update without values).
  const after = Object.keys(changes).length > 0 ? await repo.updateHall(id, changes) : before;
  await recordAudit(context, 'expo_hall.update', 'expo_hall', id, { before, after });
  return after;
}

/** Removing a hall removes its booths and their assignments with it (the tables cascade). */
export async function deleteHall(context: WriteContext, id: string): Promise<void> {
  requirePermission(context.actor, 'booth.assign');
  const before = await findHallOrFail(context, id);
  await createFloorRepository(context.db).deleteHall(id);
  await recordAudit(context, 'expo_hall.delete', 'expo_hall', id, { before });
}

/** The code is the field the secretary typed, so its refusal is shown next to it. */
const codeTaken = (code: string) => new AppError('booth_code_taken', { code }, { field: 'code' });

async function placeBooth(
  context: WriteContext,
  hall: HallRow,
  booth: BoothContent,
  exceptBoothId: string | null,
): Promise<void> {
  const others = await createFloorRepository(context.db).listOtherBooths(hall.id, exceptBoothId);
  if (others.some((other) => other.code === booth.code)) throw codeTaken(booth.code);
  const placement = checkBoothPlacement(booth, hall, others);
  if (!placement.ok) throw new AppError('booth_overlaps', { code: placement.conflictCode ?? booth.code });
}

/** Two staff placing booths at once may both pass the checks; the code's uniqueness is kept by the database. */
async function guardCode<T>(code: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (violatedUniqueConstraint(error) !== undefined) throw codeTaken(code);
    throw error;
  }
}

export async function createBooth(context: WriteContext, hallId: string, content: BoothContent): Promise<BoothRow> {
  requirePermission(context.actor, 'booth.assign');
  const hall = await findHallOrFail(context, hallId);
  await placeBooth(context, hall, content, null);
  const [booth] = await guardCode(content.code, () =>
    createFloorRepository(context.db).insertBooths([{ ...content, hallId }]),
  );
  await recordAudit(context, 'expo_booth.create', 'expo_booth', booth!.id, { after: booth });
  return booth!;
}

async function findBoothOrFail(context: RequestContext, id: string): Promise<BoothRow> {
  const booth = await createFloorRepository(context.db).findBooth(id);
  if (!booth) throw new AppError('booth_not_found', { id });
  return booth;
}

export async function updateBooth(
  context: WriteContext,
  id: string,
  changes: Partial<BoothContent>,
): Promise<BoothRow> {
  requirePermission(context.actor, 'booth.assign');
  const before = await findBoothOrFail(context, id);
  const hall = await findHallOrFail(context, before.hallId);
  const moved = {
    code: changes.code ?? before.code,
    xM: changes.xM ?? before.xM,
    yM: changes.yM ?? before.yM,
    widthM: changes.widthM ?? before.widthM,
    depthM: changes.depthM ?? before.depthM,
  };
  await placeBooth(context, hall, moved, id);
  const after = await guardCode(moved.code, () => createFloorRepository(context.db).updateBooth(id, moved));
  await recordAudit(context, 'expo_booth.update', 'expo_booth', id, { before, after });
  return after;
}

export async function deleteBooth(context: WriteContext, id: string): Promise<void> {
  requirePermission(context.actor, 'booth.assign');
  const before = await findBoothOrFail(context, id);
  await createFloorRepository(context.db).deleteBooth(id);
  await recordAudit(context, 'expo_booth.delete', 'expo_booth', id, { before });
}
