import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import type { Edition, EditionChanges, EditionProvince, Expo, ExpoChanges, Panel, Speaker } from './model.ts';
import { editionProvinces, editions, expos, panels, speakers } from './tables.ts';

export function createSummitRepository(db: Executor) {
  return {
    /** Newest first; drafts only when asked for (the secretariat's lists). */
    listEditions({ includeDrafts = true }: { includeDrafts?: boolean } = {}): Promise<Edition[]> {
      return db
        .select()
        .from(editions)
        .where(includeDrafts ? undefined : eq(editions.status, 'published'))
        .orderBy(desc(editions.startsOn), desc(editions.ordinal));
    },

    async findEdition(id: string): Promise<Edition | null> {
      const [row] = await db.select().from(editions).where(eq(editions.id, id));
      return row ?? null;
    },

    /** The public site's edition: the published one that opens last. A draft never is. */
    async findLatestPublishedEdition(): Promise<Edition | null> {
      const [row] = await db
        .select()
        .from(editions)
        .where(eq(editions.status, 'published'))
        .orderBy(desc(editions.startsOn), desc(editions.ordinal))
        .limit(1);
      return row ?? null;
    },

    async publishEdition(id: string, at: Date): Promise<Edition> {
      const [row] = await db
        .update(editions)
        .set({ status: 'published', publishedAt: at })
        .where(eq(editions.id, id))
        .returning();
      return row!;
    },

    /** Holds the edition's row until the transaction ends, so a publication and a change never cross. */
    async lockEdition(id: string): Promise<Edition | null> {
      const [row] = await db.select().from(editions).where(eq(editions.id, id)).for('update');
      return row ?? null;
    },

    async listPanels(editionId: string): Promise<Panel[]> {
      const rows = await db
        .select()
        .from(panels)
        .where(eq(panels.editionId, editionId))
        // The general panel has no number and comes first, then the specialist panels in order.
        .orderBy(sql`${panels.number} asc nulls first`);
      return rows.map(({ editionId: _editionId, ...panel }) => panel);
    },

    async listSpeakers(editionId: string): Promise<Speaker[]> {
      const rows = await db
        .select()
        .from(speakers)
        .where(eq(speakers.editionId, editionId))
        .orderBy(sql`case ${speakers.slot} when 'opening_keynote' then 0 else 1 end`, asc(speakers.id));
      return rows.map(({ editionId: _editionId, ...speaker }) => speaker);
    },

    listProvinces(editionId: string): Promise<EditionProvince[]> {
      return db
        .select({ provinceId: editionProvinces.provinceId, role: editionProvinces.role })
        .from(editionProvinces)
        .where(eq(editionProvinces.editionId, editionId));
    },

    async listExpos(editionId: string): Promise<Expo[]> {
      const rows = await db.select().from(expos).where(eq(expos.editionId, editionId));
      return rows.map(({ editionId: _editionId, ...expo }) => expo);
    },

    async findExpo(editionId: string, expoId: string): Promise<Expo | null> {
      const [row] = await db
        .select()
        .from(expos)
        .where(and(eq(expos.editionId, editionId), eq(expos.id, expoId)));
      if (!row) return null;
      const { editionId: _editionId, ...expo } = row;
      return expo;
    },

    async updateExpo(id: string, changes: ExpoChanges): Promise<void> {
      if (Object.keys(changes).length > 0) await db.update(expos).set(changes).where(eq(expos.id, id));
    },

    async listExpoIds(): Promise<Set<string>> {
      return new Set((await db.select({ id: expos.id }).from(expos)).map((row) => row.id));
    },

    async insertEdition(edition: Edition): Promise<Edition> {
      const [row] = await db.insert(editions).values(edition).returning();
      return row!;
    },

    async updateEdition(id: string, changes: EditionChanges): Promise<Edition> {
      if (Object.keys(changes).length === 0) return (await this.findEdition(id))!;
      const [row] = await db.update(editions).set(changes).where(eq(editions.id, id)).returning();
      return row!;
    },

    async insertProvinces(editionId: string, entries: EditionProvince[]): Promise<void> {
      if (entries.length > 0)
        await db.insert(editionProvinces).values(entries.map((entry) => ({ ...entry, editionId })));
    },

    async insertPanels(editionId: string, entries: Panel[]): Promise<void> {
      if (entries.length > 0) await db.insert(panels).values(entries.map((panel) => ({ ...panel, editionId })));
    },

    async insertExpo(editionId: string, expo: Expo): Promise<void> {
      await db.insert(expos).values({ ...expo, editionId });
    },
  };
}
