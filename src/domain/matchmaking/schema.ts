import { z } from 'zod';
import { LocaleSchema, LocalizedTextSchema } from '../../platform/i18n/localized-text.ts';
import { CARGO_TYPES } from '../transit/model.ts';

export const MatchesQuery = z.object({ limit: z.coerce.number().int().min(1).max(50).default(10) }).strict();

const ItemSummaryView = z
  .object({
    id: z.string(),
    kind: z.enum(['offer', 'need']),
    title: LocalizedTextSchema,
    language: LocaleSchema,
    provinceId: z.string(),
    organisation: z.string().nullable(),
    taxonomyCodes: z.array(z.string()),
    hsCodes: z.array(z.string()),
    isDemo: z.boolean(),
  })
  .describe('The other side of a match, as its card shows it');

const DeliveryView = z
  .object({
    cargo: z.enum(CARGO_TYPES).describe('How the goods are assumed to travel'),
    fromProvinceId: z.string().describe('The offer’s province'),
    toProvinceId: z.string().describe('The need’s province'),
    routeFound: z.boolean(),
    hours: z.number().describe('Door-to-door time on the cheapest route, hours'),
    usdPerTonne: z.number(),
    borders: z.number().int(),
    co2KgPerTonne: z.number(),
  })
  .describe('Delivery between the two provinces on the cheapest route the transit planner knows; null for services');

const PartsView = z
  .object({
    taxonomy: z.number(),
    hs: z.number(),
    text: z.number(),
    quantity: z.number(),
    season: z.number(),
    validity: z.number(),
    language: z.number(),
    transit: z.number(),
  })
  .describe('Each part of the score, 0–1, blended by documented weights');

const WhyView = z.object({
  sharedTaxonomy: z.array(z.string()),
  sharedHs: z.array(z.string()),
  sharedWords: z.array(z.string()).describe('Spelling keys of the words both texts use'),
  sharedLanguages: z.array(LocaleSchema),
  interpreterNeeded: z.boolean().describe('The two sides name no contact language in common'),
});

export const MatchView = z.object({
  item: ItemSummaryView,
  score: z.number(),
  parts: PartsView,
  why: WhyView,
  delivery: DeliveryView.nullable(),
});

export const ItemMatchesView = z.object({
  itemId: z.string(),
  kind: z.enum(['offer', 'need']),
  matches: z.array(MatchView),
});

const PairView = MatchView.extend({ own: ItemSummaryView }).describe('One of the province’s items and its match');

export const PartnersView = z.object({
  provinceId: z.string(),
  partners: z.array(
    z.object({
      provinceId: z.string(),
      score: z.number().describe('The best match with this province'),
      matchCount: z.number().int(),
      pairs: z.array(PairView).describe('The best few matches'),
    }),
  ),
});

export const CoverageView = z.object({
  threshold: z.number().describe('A need whose best match scores below this is a gap'),
  bySector: z.array(z.object({ sector: z.string(), needs: z.number().int(), unmatched: z.number().int() })),
  needs: z.array(z.object({ need: ItemSummaryView, best: MatchView.nullable() })),
});
