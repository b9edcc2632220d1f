import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import type { LocalizedText } from '../../platform/i18n/localized-text.ts';
import type { Port, ProfileSections, Province, ProvinceSummary } from './model.ts';
import { ports, provinces } from './tables.ts';

const summaryColumns = {
  id: provinces.id,
  countryCode: provinces.countryCode,
  iso31662: provinces.iso31662,
  names: provinces.names,
  capital: provinces.capital,
  caspianCoast: provinces.caspianCoast,
  lat: provinces.lat,
  lon: provinces.lon,
};

export function createProvincesRepository(db: Executor) {
  return {
    listSummaries(): Promise<ProvinceSummary[]> {
      return db.select(summaryColumns).from(provinces).orderBy(asc(provinces.countryCode), asc(provinces.id));
    },

    async find(id: string): Promise<Province | null> {
      const [row] = await db.select().from(provinces).where(eq(provinces.id, id));
      return row ?? null;
    },

    async updateProfile(
      id: string,
      profile: { overview: LocalizedText; sections: ProfileSections },
      now: Date,
    ): Promise<Province> {
      const [row] = await db
        .update(provinces)
        .set({ ...profile, updatedAt: now })
        .where(eq(provinces.id, id))
        .returning();
      return row!;
    },

    listPorts(): Promise<Port[]> {
      return db.select().from(ports).orderBy(asc(ports.countryCode), asc(ports.id));
    },

    listPortsOf(provinceId: string): Promise<Port[]> {
      return db.select().from(ports).where(eq(ports.provinceId, provinceId)).orderBy(asc(ports.id));
    },
  };
}
