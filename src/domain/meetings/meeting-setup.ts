import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { RequestContext, WriteContext } from '../../platform/context/request-context.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { dayParam } from '../../platform/errors/message-params.ts';
import { requirePermission } from '../../platform/identity/permissions.ts';
import type { Edition } from '../summit/model.ts';
import { findEdition, getEdition } from '../summit/service.ts';
import {
  DEFAULT_MEETING_SETTINGS,
  type MeetingInterpreter,
  type MeetingRoom,
  type MeetingSettings,
  type MeetingSlot,
} from './model.ts';
import { createSetupRepository } from './setup-repository.ts';
import { findDayOutsideEdition } from './request-rules.ts';
import { editionDays, generateSlots } from './slot-rules.ts';

export async function requireEdition(context: RequestContext, editionId: string): Promise<Edition> {
  const edition = await findEdition(context, editionId);
  if (!edition) throw new AppError('edition_not_found', { id: editionId });
  return edition;
}

/** The edition's settings, or the defaults while the secretariat has set none. */
export async function loadSettings(context: RequestContext, editionId: string): Promise<MeetingSettings> {
  return (
    (await createSetupRepository(context.db).findSettings(editionId)) ?? { editionId, ...DEFAULT_MEETING_SETTINGS }
  );
}

export async function getMeetingSettings(context: RequestContext, editionId: string): Promise<MeetingSettings> {
  await requireEdition(context, editionId);
  return loadSettings(context, editionId);
}

const LAYOUT_FIELDS = ['slotMinutes', 'breakMinutes', 'dayStartMinute', 'dayEndMinute'] as const;

/**
 * Saves the edition's settings. A new slot layout replaces the slots, which only works while no
 * meeting stands in them.
 */
export async function changeMeetingSettings(
  context: WriteContext,
  editionId: string,
  changes: Omit<MeetingSettings, 'editionId'>,
): Promise<MeetingSettings> {
  requirePermission(context.actor, 'meeting.schedule');
  const edition = await getEdition(context, editionId);
  const unknown = changes.protocolOrder.find((id) => !edition.provinces.some((entry) => entry.provinceId === id));
  if (unknown) throw new AppError('province_not_found', { id: unknown }, { field: 'protocolOrder' });
  const repo = createSetupRepository(context.db);
  await repo.lockEdition(editionId);
  const before = await loadSettings(context, editionId);
  const after: MeetingSettings = { ...changes, editionId };
  if (LAYOUT_FIELDS.some((field) => before[field] !== after[field])) {
    const meetings = await repo.countMeetings(editionId);
    if (meetings > 0) throw new AppError('meeting_settings_in_use', { meetings });
    await repo.deleteSlots(editionId);
  }
  await repo.saveSettings(after, context.actor!.userId, context.now);
  await ensureSlots(context, edition, after);
  await recordAudit(context, 'meeting_settings.change', 'edition', editionId, { before, after });
  return after;
}

/** The edition's slots, laid out from its settings the first time they are needed. */
export async function ensureSlots(
  context: WriteContext,
  edition: Edition,
  settings: MeetingSettings,
): Promise<MeetingSlot[]> {
  const repo = createSetupRepository(context.db);
  const slots = await repo.listSlots(edition.id);
  if (slots.length > 0) return slots;
  await repo.insertSlots(generateSlots(edition, settings));
  return repo.listSlots(edition.id);
}

export async function listMeetingRooms(context: RequestContext, editionId: string): Promise<MeetingRoom[]> {
  await requireEdition(context, editionId);
  return createSetupRepository(context.db).listRooms(editionId);
}

export async function createMeetingRoom(
  context: WriteContext,
  editionId: string,
  room: Omit<MeetingRoom, 'id' | 'editionId'>,
): Promise<MeetingRoom> {
  requirePermission(context.actor, 'meeting.schedule');
  const edition = await requireEdition(context, editionId);
  const created = await createSetupRepository(context.db).insertRoom({ ...room, editionId });
  // The grid of rooms × slots needs its slots once there is a room to show.
  await ensureSlots(context, edition, await loadSettings(context, editionId));
  await recordAudit(context, 'meeting_room.create', 'meeting_room', created.id, { after: created });
  return created;
}

export async function listInterpreters(context: RequestContext, editionId: string): Promise<MeetingInterpreter[]> {
  await requireEdition(context, editionId);
  return createSetupRepository(context.db).listInterpreters(editionId);
}

export async function createInterpreter(
  context: WriteContext,
  editionId: string,
  interpreter: Omit<MeetingInterpreter, 'id' | 'editionId'>,
): Promise<MeetingInterpreter> {
  requirePermission(context.actor, 'meeting.schedule');
  const edition = await requireEdition(context, editionId);
  requireEditionDays(edition, interpreter.availableDays, 'availableDays');
  const created = await createSetupRepository(context.db).insertInterpreter({ ...interpreter, editionId });
  await recordAudit(context, 'meeting_interpreter.create', 'meeting_interpreter', created.id, { after: created });
  return created;
}

export function requireEditionDays(edition: Edition, days: readonly string[], field: string): void {
  const outside = findDayOutsideEdition(days, editionDays(edition.startsOn, edition.endsOn));
  if (outside) {
    throw new AppError(
      'meeting_day_outside_edition',
      { day: dayParam(outside), startsOn: dayParam(edition.startsOn), endsOn: dayParam(edition.endsOn) },
      { field },
    );
  }
}
