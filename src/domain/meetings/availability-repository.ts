import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import type { AvailabilityWindow } from './model.ts';
import { meetingAvailability } from './tables.ts';

/** People's availability windows; a person without a row can meet during all the edition's meeting hours. */
export function createAvailabilityRepository(db: Executor) {
  const of = (editionId: string, participantId: string) =>
    and(eq(meetingAvailability.editionId, editionId), eq(meetingAvailability.participantId, participantId));

  return {
    async find(editionId: string, participantId: string): Promise<AvailabilityWindow[] | null> {
      const [row] = await db.select().from(meetingAvailability).where(of(editionId, participantId));
      return row?.windows ?? null;
    },

    /** Everyone's windows in the edition, by participant; people without windows are not in the map. */
    async listByPerson(editionId: string): Promise<Map<string, AvailabilityWindow[]>> {
      const rows = await db.select().from(meetingAvailability).where(eq(meetingAvailability.editionId, editionId));
      return new Map(rows.map((row) => [row.participantId, row.windows]));
    },

    async save(
      editionId: string,
      participantId: string,
      windows: readonly AvailabilityWindow[],
      updatedBy: string,
      updatedAt: Date,
    ): Promise<void> {
      const values = { windows: [...windows], updatedBy, updatedAt };
      await db
        .insert(meetingAvailability)
        .values({ editionId, participantId, ...values })
        .onConflictDoUpdate({
          target: [meetingAvailability.editionId, meetingAvailability.participantId],
          set: values,
        });
    },

    async remove(editionId: string, participantId: string): Promise<void> {
      await db.delete(meetingAvailability).where(of(editionId, participantId));
    },
  };
}
