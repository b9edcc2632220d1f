import { z } from 'zod';
import { LocalizedTextSchema } from '../../platform/i18n/localized-text.ts';

const Sources = z.array(z.string()).describe('Where these facts come from');
const IsoDate = z.string().describe('Calendar date (YYYY-MM-DD), in the edition time zone');

export const EditionId = z.object({ id: z.string().min(1).max(128).describe('Edition id') }).strict();

export const EditionView = z
  .object({
    id: z.string().describe('Stable slug'),
    ordinal: z.number().int().describe('1 for the first summit, 2 for the second, …'),
    name: LocalizedTextSchema,
    slogan: LocalizedTextSchema,
    hostProvinceId: z.string().describe('Province hosting this edition'),
    city: LocalizedTextSchema,
    venue: LocalizedTextSchema,
    startsOn: IsoDate,
    endsOn: IsoDate,
    timeZone: z.string().describe('IANA time zone in which every time of the edition is given'),
    sources: Sources,
  })
  .describe('A summit edition');

export const EditionDetailView = EditionView.extend({
  panels: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['general', 'specialist']),
      number: z.number().int().nullable().describe('Number of a specialist panel'),
      title: LocalizedTextSchema,
      moderatorName: LocalizedTextSchema,
      moderatorRole: LocalizedTextSchema,
      sectorIds: z.array(z.string()).describe('Taxonomy sectors the panel covers'),
      sources: Sources,
    }),
  ),
  speakers: z.array(
    z.object({
      id: z.string(),
      name: LocalizedTextSchema,
      role: LocalizedTextSchema,
      slot: z.enum(['opening_keynote', 'closing_keynote']),
      sources: Sources,
    }),
  ),
  provinces: z.array(z.object({ provinceId: z.string(), role: z.enum(['host', 'participant']) })),
  expos: z.array(
    z.object({
      id: z.string(),
      name: LocalizedTextSchema,
      venue: LocalizedTextSchema,
      venueProvinceId: z.string().nullable(),
      aim: LocalizedTextSchema,
      targetMarkets: z.array(z.string()).describe('ISO country codes of the buyers the expo addresses'),
      startsOn: IsoDate,
      endsOn: IsoDate,
      sources: Sources,
    }),
  ),
}).describe('An edition with its panels, speakers, provinces and expo');
