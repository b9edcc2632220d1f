import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/deps.ts';
import { withProblems } from '../../platform/http/problem-schema.ts';
import { auditContextOf, requireActor } from '../accounts/session-hook.ts';
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
import { changeEdition, createEdition } from './write-editions.ts';

/** Instants travel as ISO 8601 strings. */
export function toEditionView<E extends Edition>(edition: E) {
  return { ...edition, registrationClosesAt: edition.registrationClosesAt?.toISOString() ?? null };
}

const instantOrNull = (value: string | null | undefined) =>
  value === undefined ? undefined : value === null ? null : new Date(value);

export function summitRoutes(app: FastifyInstance, deps: AppDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['summit'];
  const context = (request: FastifyRequest) => ({
    actor: request.actor,
    audit: auditContextOf(request),
    now: deps.now(),
  });

  api.get('/api/editions', { schema: { tags, response: { 200: z.array(EditionView) } } }, async () =>
    (await listEditions(deps.db)).map(toEditionView),
  );

  api.get(
    '/api/editions/current',
    { schema: { tags, response: withProblems({ 200: EditionDetailView }, 404) } },
    async () => toEditionView(await getCurrentEdition(deps.db)),
  );

  api.get(
    '/api/editions/:id',
    { schema: { tags, params: EditionId, response: withProblems({ 200: EditionDetailView }, 404) } },
    async (request) => toEditionView(await getEdition(deps.db, request.params.id)),
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
    },
    async (request, reply) => {
      requireActor(request);
      const { registrationClosesAt, ...body } = request.body;
      const { edition, copied } = await createEdition(deps.db, context(request), {
        ...body,
        ordinal: body.ordinal ?? null,
        registrationClosesAt: instantOrNull(registrationClosesAt) ?? null,
      });
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
    },
    async (request) => {
      requireActor(request);
      const { registrationClosesAt, ...changes } = request.body;
      const closes = instantOrNull(registrationClosesAt);
      return toEditionView(
        await changeEdition(deps.db, context(request), request.params.id, {
          ...changes,
          ...(closes !== undefined && { registrationClosesAt: closes }),
        }),
      );
    },
  );
}
