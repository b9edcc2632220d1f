import { z } from 'zod';
import { LocaleSchema, LocalizedTextSchema } from '../../platform/i18n/localized-text.ts';
import { EDITION_STATUSES } from './model.ts';

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
    registrationClosesAt: z
      .string()
      .nullable()
      .describe('When public registration closes (ISO 8601); null: when the edition ends'),
    copiedFromEditionId: z.string().nullable().describe('Edition whose structure this one was copied from'),
    status: z.enum(EDITION_STATUSES).describe('draft: seen by the secretariat only; published: on the public site'),
    publishedAt: z.string().nullable().describe('When the edition was published (ISO 8601); null for a draft'),
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

// PostgreSQL's dates and the summit's centuries: nothing before 1900 or after 2999 is meant.
const inRange = (value: string) => value >= '1900' && value < '3000';
const EditionDate = z.iso
  .date()
  .refine(inRange, { params: { code: 'date_out_of_range' } })
  .describe('Calendar date (YYYY-MM-DD), in the edition time zone');
const Instant = z.iso.datetime({ offset: true }).refine(inRange, { params: { code: 'date_out_of_range' } });
const Text = (max: number) => z.partialRecord(LocaleSchema, z.string().trim().max(max));
const hasSomeText = (text: Record<string, string | undefined>) =>
  Object.values(text).some((value) => value && value.length > 0);
const Required = (max: number) => Text(max).refine(hasSomeText, { params: { code: 'label_required' } });
const datesInOrder = (edition: { startsOn?: string; endsOn?: string }) =>
  !edition.startsOn || !edition.endsOn || edition.startsOn <= edition.endsOn;
const ProvinceId = z.string().min(1).max(64);

export const CreateEditionRequest = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      .max(100)
      .describe('Stable slug, e.g. caspian-governors-summit-2026'),
    ordinal: z.number().int().min(1).max(1000).optional().describe('1 for the first summit…; defaults to the next one'),
    name: Required(300).describe('Name per language; at least one'),
    slogan: Text(300).default({}).describe('Slogan per language'),
    hostProvinceId: ProvinceId.describe('Province hosting the edition'),
    city: Required(120).describe('Host city per language'),
    venue: Text(300).default({}).describe('Venue per language'),
    startsOn: EditionDate,
    endsOn: EditionDate,
    timeZone: z.string().min(1).max(64).describe('IANA time zone, e.g. Asia/Baku'),
    registrationClosesAt: Instant.nullable()
      .default(null)
      .describe('When public registration closes; null: when the edition ends'),
    participatingProvinceIds: z
      .array(ProvinceId)
      .max(50)
      .default([])
      .describe('Provinces taking part besides the host'),
    copyFromEditionId: z
      .string()
      .min(1)
      .max(128)
      .nullable()
      .default(null)
      .describe('Copy panels, rooms, sessions, expo and delegations (without people) from this edition'),
  })
  .strict()
  .refine(datesInOrder, { params: { code: 'ends_before_start' }, path: ['endsOn'] })
  .describe('A new summit edition');

export const ChangeEditionRequest = z
  .object({
    name: Required(300).optional().describe('Name per language'),
    slogan: Text(300).optional().describe('Slogan per language'),
    city: Required(120).optional().describe('Host city per language'),
    venue: Text(300).optional().describe('Venue per language'),
    startsOn: EditionDate.optional(),
    endsOn: EditionDate.optional(),
    timeZone: z
      .string()
      .min(1)
      .max(64)
      .optional()
      .describe('IANA time zone, e.g. Asia/Baku; session times keep their instant, so their local time moves'),
    registrationClosesAt: Instant.nullable()
      .optional()
      .describe('When public registration closes; null: when the edition ends'),
  })
  .strict()
  .refine(datesInOrder, { params: { code: 'ends_before_start' }, path: ['endsOn'] })
  .describe('Changes to an edition; omitted fields stay as they are, an empty text removes that language');

export const ExpoPath = z
  .object({
    editionId: z.string().min(1).max(128).describe('Edition id'),
    expoId: z.string().min(1).max(128).describe('Expo id'),
  })
  .strict();

export const ChangeExpoRequest = z
  .object({
    name: Required(300).optional().describe('Expo name per language'),
    venue: Text(300).optional().describe('Where the expo is held, per language'),
    venueProvinceId: ProvinceId.nullable().optional().describe('Province the expo is held in'),
    startsOn: EditionDate.optional(),
    endsOn: EditionDate.optional(),
  })
  .strict()
  .refine(datesInOrder, { params: { code: 'ends_before_start' }, path: ['endsOn'] })
  .describe("Changes to an edition's expo; omitted fields stay as they are");

export const EditionPath = z.object({ editionId: z.string().min(1).max(128).describe('Edition id') }).strict();

export const PublishEditionRequest = z
  .object({})
  .strict()
  .describe('No fields: the edition is published as it stands, or refused naming every gap');

export const EditionListQuery = z
  .object({
    drafts: z
      .enum(['include', 'exclude'])
      .default('exclude')
      .describe('include: drafts too (the secretariat only); exclude: the published editions'),
  })
  .strict();

export const CreatedEditionView = EditionView.extend({
  copied: z
    .object({
      panels: z.number().int(),
      rooms: z.number().int(),
      sessions: z.number().int(),
      expos: z.number().int(),
      delegations: z.number().int(),
      booths: z.number().int(),
    })
    .describe('How much structure was copied from the other edition'),
}).describe('The new edition and what it was given');
