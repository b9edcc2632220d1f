import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { WriteContext } from '../../platform/context/request-context.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { requirePermission } from '../../platform/identity/permissions.ts';
import { findEdition } from '../summit/service.ts';
import type { NewRoom, Room, RoomChanges } from './model.ts';
import { createProgrammeRepository } from './repository.ts';

export async function createRoom(
  context: WriteContext,
  editionId: string,
  fields: Omit<NewRoom, 'editionId' | 'isDemo'>,
): Promise<Room> {
  requirePermission(context.actor, 'programme.edit');
  if (!(await findEdition(context, editionId))) throw new AppError('edition_not_found', { id: editionId });
  const room = await createProgrammeRepository(context.db).insertRoom({ ...fields, editionId, isDemo: false });
  await recordAudit(context, 'room.create', 'room', room.id, { after: room });
  return room;
}

export async function changeRoom(context: WriteContext, id: string, changes: RoomChanges): Promise<Room> {
  requirePermission(context.actor, 'programme.edit');
  const repo = createProgrammeRepository(context.db);
  const before = await repo.findRoom(id);
  if (!before) throw new AppError('room_not_found', { id });
  // Once the secretariat has set a room itself, it is no longer invented (a copied demo room, say).
  const after = await repo.updateRoom(id, { ...changes, isDemo: false });
  await recordAudit(context, 'room.change', 'room', id, { before, after });
  return after;
}

/** The room's sessions stay in the programme without a room, so that no slot vanishes unnoticed. */
export async function deleteRoom(context: WriteContext, id: string): Promise<void> {
  requirePermission(context.actor, 'programme.edit');
  const repo = createProgrammeRepository(context.db);
  const before = await repo.findRoom(id);
  if (!before) throw new AppError('room_not_found', { id });
  await repo.lockEdition(before.editionId);
  const detachedSessionIds = await repo.deleteRoom(id);
  await recordAudit(context, 'room.delete', 'room', id, { before, after: { detachedSessionIds } });
}
