import { z } from 'zod';
import { LocalizedTextSchema, SourcedFactSchema } from '../../platform/i18n/localized-text.ts';
import { PROFILE_SECTIONS, type ProfileSection } from './model.ts';

export const ProvinceId = z.object({ id: z.string().min(1).max(64).describe('Province id, e.g. gilan') }).strict();

const Coordinates = {
  lat: z.number().describe('Approximate latitude of a representative point'),
  lon: z.number().describe('Approximate longitude of a representative point'),
};

const SectionsSchema = z
  .object(
    Object.fromEntries(PROFILE_SECTIONS.map((section) => [section, LocalizedTextSchema.optional()])) as Record<
      ProfileSection,
      z.ZodOptional<typeof LocalizedTextSchema>
    >,
  )
  .strict()
  .describe('Profile sections (economy, investment climate, contacts), each as text per language');

export const ProvinceSummaryView = z
  .object({
    id: z.string().describe('Stable slug'),
    countryCode: z.string().describe('ISO 3166-1 alpha-2 country code'),
    iso31662: z.string().describe('ISO 3166-2 subdivision code'),
    names: LocalizedTextSchema,
    capital: LocalizedTextSchema,
    caspianCoast: z.boolean().describe('Whether the province lies on the Caspian'),
    ...Coordinates,
  })
  .describe('A participating province');

export const PortView = z
  .object({
    id: z.string().describe('Stable slug'),
    names: LocalizedTextSchema,
    countryCode: z.string().describe('ISO 3166-1 alpha-2 country code'),
    provinceId: z.string().nullable().describe('Province the port lies in, if it participates'),
    sea: z.string().describe('Sea or gulf'),
    lat: z.number().nullable().describe('Approximate latitude'),
    lon: z.number().nullable().describe('Approximate longitude'),
    coordNote: z.string().nullable().describe('How the coordinates were obtained'),
    facts: z.array(SourcedFactSchema).describe('Capacity, throughput and codes, each with its source'),
  })
  .describe('A port');

export const ProvinceDetailView = ProvinceSummaryView.extend({
  adminLevel: z.string().describe('Administrative level, from the reference data'),
  coastNote: z.string().nullable().describe('Where the coast lies'),
  coordNote: z.string().describe('How the coordinates were obtained'),
  facts: z.array(SourcedFactSchema).describe('Area, population and more, each with its source'),
  economicSectors: z.array(z.string()).describe('Main economic sectors (tags)'),
  economicSectorsSource: z.string().nullable().describe('Source of the sector tags'),
  economicSectorsNote: z.string().nullable().describe('Caveat about the sector tags'),
  overview: LocalizedTextSchema,
  sections: SectionsSchema,
  updatedAt: z.string().describe('Last change (ISO 8601)'),
  ports: z.array(PortView).describe('Ports in the province'),
  sameCountry: z.array(ProvinceSummaryView).describe("The country's other participating provinces"),
}).describe('A province with its facts and ports');

export const UpdateProfileRequest = z
  .object({
    overview: LocalizedTextSchema.optional().describe('Overview text per language; the whole set replaces the old one'),
    sections: SectionsSchema.optional().describe('Sections given replace those sections; others stay'),
  })
  .strict()
  .refine((body) => body.overview !== undefined || body.sections !== undefined, {
    params: { code: 'nothing_to_change' },
  });
