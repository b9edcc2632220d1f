import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../platform/context/request-context.ts';
import { withProblems } from '../../platform/http/problem-schema.ts';
import { SIGNED_IN } from '../../platform/http/request-context-hook.ts';
import type { Edition } from './model.ts';
import {
  ChangeEditionRequest,
  CreateEditionRequest,
  CreatedEditionView,
  EditionDetailView,
  EditionId,
  EditionView,
} from './schema.ts';
import { getCurrentEdition, getEdition, listEditions } from './service.ts';
import { changeEdition, createEdition, type EditionCopyStep } from './write-editions.ts';

/** Instants travel as ISO 8601 strings. */
export function toEditionView<E extends Edition>(edition: E) {
  return { ...edition, registrationClosesAt: edition.registrationClosesAt?.toISOString() ?? null };
}

const instantOrNull = (value: string | null | undefined) =>
  value === undefined ? undefined : value === null ? null : new Date(value);

/** `editionCopySteps`: how the capabilities built on summit copy their part of an edition forward. */
export function summitRoutes(app: FastifyInstance, options: { editionCopySteps: readonly EditionCopyStep[] }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['summit'];

  api.get('/api/editions', { schema: { tags, response: { 200: z.array(EditionView) } } }, async (request) =>
    (await listEditions(request.context)).map(toEditionView),
  );

  api.get(
    '/api/editions/current',
    { schema: { tags, response: withProblems({ 200: EditionDetailView }, 404) } },
    async (request) => toEditionView(await getCurrentEdition(request.context)),
  );

  api.get(
    '/api/editions/:id',
    { schema: { tags, params: EditionId, response: withProblems({ 200: EditionDetailView }, 404) } },
    async (request) => toEditionView(await getEdition(request.context, request.params.id)),
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
        response: withProblems({ 200: EditionView }, 400, 401, 403, 404),
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
}
