import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../platform/context/request-context.ts';
import { withProblems } from '../../platform/http/problem-schema.ts';
import { SIGNED_IN } from '../../platform/http/request-context-hook.ts';
import type { Edition } from './model.ts';
import { changeExpo } from './change-expo.ts';
import { type EditionPublishStep, publishEdition } from './publish-edition.ts';
import {
  ChangeEditionRequest,
  ChangeExpoRequest,
  CreateEditionRequest,
  CreatedEditionView,
  EditionDetailView,
  EditionId,
  EditionListQuery,
  EditionPath,
  EditionView,
  ExpoPath,
  PublishEditionRequest,
} from './schema.ts';
import { getCurrentEdition, getVisibleEdition, listVisibleEditions } from './service.ts';
import { changeEdition, createEdition, type EditionCopyStep } from './write-editions.ts';

/** Instants travel as ISO 8601 strings. */
export function toEditionView<E extends Edition>(edition: E) {
  return {
    ...edition,
    registrationClosesAt: edition.registrationClosesAt?.toISOString() ?? null,
    publishedAt: edition.publishedAt?.toISOString() ?? null,
  };
}

const ExpoView = EditionDetailView.shape.expos.element;

const instantOrNull = (value: string | null | undefined) =>
  value === undefined ? undefined : value === null ? null : new Date(value);

/**
 * `editionCopySteps`: how the capabilities built on summit copy their part of an edition forward;
 * `editionPublishSteps`: what they do when it is published.
 */
export function summitRoutes(
  app: FastifyInstance,
  options: { editionCopySteps: readonly EditionCopyStep[]; editionPublishSteps: readonly EditionPublishStep[] },
): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['summit'];

  api.get(
    '/api/editions',
    {
      schema: {
        tags,
        description: 'The published editions, newest first; with drafts=include the drafts too (the secretariat only).',
        querystring: EditionListQuery,
        response: withProblems({ 200: z.array(EditionView) }, 400, 401, 403),
      },
    },
    async (request) =>
      (await listVisibleEditions(request.context, { includeDrafts: request.query.drafts === 'include' })).map(
        toEditionView,
      ),
  );

  api.get(
    '/api/editions/current',
    {
      schema: {
        tags,
        description: 'The published edition that opens last, with its programme; a draft never is.',
        response: withProblems({ 200: EditionDetailView }, 404),
      },
    },
    async (request) => toEditionView(await getCurrentEdition(request.context)),
  );

  api.get(
    '/api/editions/:id',
    {
      schema: {
        tags,
        description: 'An edition with its programme; a draft only for the secretariat (its preview), 404 for others.',
        params: EditionId,
        response: withProblems({ 200: EditionDetailView }, 404),
      },
    },
    async (request) => toEditionView(await getVisibleEdition(request.context, request.params.id)),
  );

  api.post(
    '/api/editions',
    {
      schema: {
        tags,
        description:
          'Creates an edition; with copyFromEditionId it gets that edition’s panels, rooms, sessions, expo floor and delegations, moved to its dates, without any people.',
        body: CreateEditionRequest,
        response: withProblems({ 201: CreatedEditionView }, 400, 401, 403, 404, 409),
      },
      config: SIGNED_IN,
    },
    async (request, reply) => {
      const { registrationClosesAt, ...body } = request.body;
      const input = {
        ...body,
        ordinal: body.ordinal ?? null,
        registrationClosesAt: instantOrNull(registrationClosesAt) ?? null,
      };
      const { edition, copied } = await inTransaction(request.context, (context) =>
        createEdition(context, input, options.editionCopySteps),
      );
      return reply.status(201).send({ ...toEditionView(edition), copied });
    },
  );

  api.patch(
    '/api/editions/:id',
    {
      schema: {
        tags,
        params: EditionId,
        body: ChangeEditionRequest,
        response: withProblems({ 200: EditionView }, 400, 401, 403, 404, 422),
      },
      config: SIGNED_IN,
    },
    async (request) => {
      const { registrationClosesAt, ...changes } = request.body;
      const closes = instantOrNull(registrationClosesAt);
      const fields = { ...changes, ...(closes !== undefined && { registrationClosesAt: closes }) };
      return toEditionView(
        await inTransaction(request.context, (context) => changeEdition(context, request.params.id, fields)),
      );
    },
  );

  api.post(
    '/api/editions/:editionId/publish',
    {
      schema: {
        tags,
        description:
          'Puts a draft on the public site; 422 edition_incomplete names every field missing (names, motto, city and venue in fa, en and the host language) or not fitting (expo outside the summit days or still named as the copied one).',
        params: EditionPath,
        body: PublishEditionRequest,
        response: withProblems({ 200: EditionView }, 400, 401, 403, 404, 409, 422),
      },
      config: SIGNED_IN,
    },
    async (request) =>
      toEditionView(
        await inTransaction(request.context, (context) =>
          publishEdition(context, request.params.editionId, options.editionPublishSteps),
        ),
      ),
  );

  api.patch(
    '/api/editions/:editionId/expos/:expoId',
    {
      schema: {
        tags,
        description:
          "Renames, moves or re-dates an edition's expo (a copied expo keeps the earlier one's until changed).",
        params: ExpoPath,
        body: ChangeExpoRequest,
        response: withProblems({ 200: ExpoView }, 400, 401, 403, 404, 422),
      },
      config: SIGNED_IN,
    },
    async (request) =>
      inTransaction(request.context, (context) =>
        changeExpo(context, request.params.editionId, request.params.expoId, request.body),
      ),
  );
}
