import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { withProblems } from '../../platform/http/problem-schema.ts';
import { SIGNED_IN } from '../../platform/http/request-context-hook.ts';
import type { CatalogueItem } from '../catalogue/model.ts';
import { ItemId } from '../catalogue/schema.ts';
import { ProvinceId } from '../provinces/schema.ts';
import { matchesForItem } from './find-matches.ts';
import type { Match } from './model.ts';
import { gapsBySector, needCoverage, recommendedPartners } from './overviews.ts';
import { CoverageView, ItemMatchesView, MatchesQuery, PartnersView } from './schema.ts';
import type { DeliveryEstimate } from './transit-lookup.ts';

const summaryOf = (item: CatalogueItem) => ({
  id: item.id,
  kind: item.kind,
  title: item.title,
  language: item.language,
  provinceId: item.provinceId,
  organisation: item.organisation?.name ?? null,
  taxonomyCodes: item.taxonomyCodes,
  hsCodes: item.hsCodes,
  isDemo: item.isDemo,
});

const matchViewOf = (other: CatalogueItem, match: Match, delivery: DeliveryEstimate | null) => ({
  item: summaryOf(other),
  score: match.score,
  parts: roundedParts(match.parts),
  why: withoutTransit(match.why),
  delivery,
});

export function matchmakingRoutes(app: FastifyInstance): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['matchmaking'];

  api.get(
    '/api/items/:id/matches',
    {
      schema: {
        tags,
        description: 'Offers from other provinces for a need, or needs for an offer, best first, with why and delivery',
        params: ItemId,
        querystring: MatchesQuery,
        response: withProblems({ 200: ItemMatchesView }, 400, 404),
      },
    },
    async (request) => {
      const { item, matches } = await matchesForItem(request.context, request.params.id, request.query.limit);
      return {
        itemId: item.id,
        kind: item.kind,
        matches: matches.map(({ other, match, delivery }) => matchViewOf(other, match, delivery)),
      };
    },
  );

  api.get(
    '/api/provinces/:id/partners',
    {
      schema: {
        tags,
        description: 'The provinces whose offers and needs fit this province’s best, with the matches that say so',
        params: ProvinceId,
        response: withProblems({ 200: PartnersView }, 404),
      },
    },
    async (request) => ({
      provinceId: request.params.id,
      partners: (await recommendedPartners(request.context, request.params.id)).map((partner) => ({
        ...partner,
        pairs: partner.pairs.map(({ own, other, match, delivery }) => ({
          own: summaryOf(own),
          ...matchViewOf(other, match, delivery),
        })),
      })),
    }),
  );

  api.get(
    '/api/matchmaking/coverage',
    {
      schema: {
        tags,
        description:
          'Every published need with its best offer, weakest first: the gaps the panels should discuss (secretariat)',
        response: withProblems({ 200: CoverageView }, 401, 403),
      },
      config: SIGNED_IN,
    },
    async (request) => {
      const { needs, threshold } = await needCoverage(request.context);
      return {
        threshold,
        bySector: gapsBySector(needs, threshold),
        needs: needs.map(({ need, best }) => ({
          need: summaryOf(need),
          best: best ? matchViewOf(best.other, best.match, best.delivery) : null,
        })),
      };
    },
  );
}

/** The delivery is shown once, with what it assumes, beside the why. */
const withoutTransit = ({ transit: _transit, ...why }: Match['why']) => why;

const roundedParts = (parts: Match['parts']) =>
  Object.fromEntries(
    Object.entries(parts).map(([part, value]) => [part, Math.round(value * 1000) / 1000]),
  ) as Match['parts'];
