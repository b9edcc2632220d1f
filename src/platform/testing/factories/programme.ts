import type {
  InterpretationBooth,
  RoomEquipment,
  SessionKind,
  SessionPerson,
} from '../../../domain/programme/model.ts';
import { createProgrammeRepository } from '../../../domain/programme/repository.ts';
import type { Executor } from '../../db/client.ts';
import type { LocalizedText } from '../../i18n/localized-text.ts';
import type { Locale } from '../../i18n/locales.ts';
import { EDITION_2025 } from './summit.ts';

const WRITTEN_AT = new Date('2025-10-01T08:00:00Z');

export type RoomSpec = {
  editionId?: string;
  name?: LocalizedText;
  capacity?: number;
  equipment?: RoomEquipment[];
  interpretationBooths?: InterpretationBooth[];
  sortOrder?: number;
};

/** A room of an edition (2025 unless told), for a hundred people, stored through the programme's repository. */
export async function insertRoom(db: Executor, spec: RoomSpec = {}): Promise<string> {
  const room = await createProgrammeRepository(db).insertRoom({
    editionId: spec.editionId ?? EDITION_2025,
    name: spec.name ?? { en: 'Test room' },
    capacity: spec.capacity ?? 100,
    equipment: spec.equipment ?? [],
    interpretationBooths: spec.interpretationBooths ?? [],
    sortOrder: spec.sortOrder ?? 0,
    isDemo: false,
  });
  return room.id;
}

export type SessionSpec = {
  editionId?: string;
  kind?: SessionKind;
  title?: LocalizedText;
  abstract?: LocalizedText;
  /** An instant, as a Date or an ISO string with its offset. */
  startsAt?: Date | string;
  /** An hour after the start unless told. */
  endsAt?: Date | string;
  roomId?: string | null;
  panelId?: string | null;
  capacity?: number | null;
  languagesSpoken?: Locale[];
  languagesInterpreted?: Locale[];
  /** Moderators and speakers. */
  people?: SessionPerson[];
};

/**
 * A session stored through the programme's repository, without the timetable checks (room and
 * people conflicts, edition days): by default a general panel of the 2025 summit on its first morning.
 */
export async function insertSession(db: Executor, spec: SessionSpec = {}): Promise<string> {
  const startsAt = new Date(spec.startsAt ?? '2025-11-18T07:00:00Z');
  const endsAt = spec.endsAt ? new Date(spec.endsAt) : new Date(startsAt.getTime() + 60 * 60_000);
  const session = await createProgrammeRepository(db).insertSession(
    {
      editionId: spec.editionId ?? EDITION_2025,
      kind: spec.kind ?? 'general_panel',
      title: spec.title ?? { en: 'Test session' },
      abstract: spec.abstract ?? {},
      startsAt,
      endsAt,
      roomId: spec.roomId ?? null,
      panelId: spec.panelId ?? null,
      capacity: spec.capacity ?? null,
      languagesSpoken: spec.languagesSpoken ?? ['fa'],
      languagesInterpreted: spec.languagesInterpreted ?? [],
      isDemo: false,
      createdAt: WRITTEN_AT,
      updatedAt: WRITTEN_AT,
    },
    spec.people ?? [],
  );
  return session.id;
}

export type SeatSpec = { sessionId: string; participantId: string; reservedAt?: Date };

/** A reserved seat, past the capacity and approval checks of the seat reservation. */
export async function insertSeat(db: Executor, spec: SeatSpec): Promise<void> {
  await createProgrammeRepository(db).insertSeat(spec.sessionId, spec.participantId, spec.reservedAt ?? WRITTEN_AT);
}
