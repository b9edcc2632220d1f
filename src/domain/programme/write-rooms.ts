import type { Database } from '../../platform/db/client.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/http/errors.ts';
import { can } from '../accounts/permissions.ts';
import { recordAudit } from '../audit/service.ts';
import { findEdition } from '../summit/service.ts';
import type { NewRoom, Room, RoomChanges } from './model.ts';
import { createProgrammeRepository } from './repository.ts';
import type { ProgrammeContext } from './write-sessions.ts';

export async function createRoom(
  db: Database,
  context: ProgrammeContext,
  editionId: string,
  fields: Omit<NewRoom, 'editionId' | 'isDemo'>,
): Promise<Room> {
  if (!can(context.actor, 'programme.edit')) throw new AppError('forbidden');
  return inTransaction(db, async (tx) => {
    if (!(await findEdition(tx, editionId))) throw new AppError('edition_not_found', { id: editionId });
    const room = await createProgrammeRepository(tx).insertRoom({ ...fields, editionId, isDemo: false });
    await recordAudit(tx, context.audit, { action: 'room.create', entityType: 'room', entityId: room.id, after: room });
    return room;
  });
}

export async function changeRoom(
  db: Database,
  context: ProgrammeContext,
  id: string,
  changes: RoomChanges,
): Promise<Room> {
  if (!can(context.actor, 'programme.edit')) throw new AppError('forbidden');
  return inTransaction(db, async (tx) => {
    const repo = createProgrammeRepository(tx);
    const before = await repo.findRoom(id);
    if (!before) throw new AppError('room_not_found', { id });
    // Once the secretariat has set a room itself, it is no longer invented (a copied demo room, say).
    const after = await repo.updateRoom(id, { ...changes, isDemo: false });
    await recordAudit(tx, context.audit, { action: 'room.change', entityType: 'room', entityId: id, before, after });
    return after;
  });
}

/** The room's sessions stay in the programme without a room, so that no slot vanishes unnoticed. */
export async function deleteRoom(db: Database, context: ProgrammeContext, id: string): Promise<void> {
  if (!can(context.actor, 'programme.edit')) throw new AppError('forbidden');
  await inTransaction(db, async (tx) => {
    const repo = createProgrammeRepository(tx);
    const before = await repo.findRoom(id);
    if (!before) throw new AppError('room_not_found', { id });
    await repo.lockEdition(before.editionId);
    const detachedSessionIds = await repo.deleteRoom(id);
    await recordAudit(tx, context.audit, {
      action: 'room.delete',
      entityType: 'room',
      entityId: id,
      before,
      after: { detachedSessionIds },
    });
  });
}
