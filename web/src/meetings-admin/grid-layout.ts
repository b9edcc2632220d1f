import type { GridMeeting, MeetingRoom, MeetingSlot } from './admin-types.ts';

export type GridDay = { day: string; slots: MeetingSlot[] };

/** The slots grouped by edition day, days and slots in time order. */
export function daysOf(slots: readonly MeetingSlot[]): GridDay[] {
  const byDay = new Map<string, MeetingSlot[]>();
  for (const slot of [...slots].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    byDay.set(slot.day, [...(byDay.get(slot.day) ?? []), slot]);
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, daySlots]) => ({ day, slots: daySlots }));
}

/** G2G rooms first, then B2B tables, each kind in the secretariat's order. */
export function roomsInOrder(rooms: readonly MeetingRoom[]): MeetingRoom[] {
  const kindRank = (room: MeetingRoom) => (room.kind === 'g2g' ? 0 : 1);
  return [...rooms].sort((a, b) => kindRank(a) - kindRank(b) || a.sortOrder - b.sortOrder);
}

export const cellKey = (slotId: string, roomId: string) => `${slotId}|${roomId}`;

/** The meetings by the cell (slot and room) they stand in. */
export function meetingsByCell(meetings: readonly GridMeeting[]): Map<string, GridMeeting[]> {
  const cells = new Map<string, GridMeeting[]>();
  for (const meeting of meetings) {
    const key = cellKey(meeting.slotId, meeting.roomId);
    cells.set(key, [...(cells.get(key) ?? []), meeting]);
  }
  return cells;
}

/** Whether dropping the meeting on the cell asks for anything: a drop where it stands is no move. */
export const isMoveTo = (meeting: GridMeeting, slotId: string, roomId: string) =>
  meeting.slotId !== slotId || meeting.roomId !== roomId;
