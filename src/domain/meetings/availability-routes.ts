import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { inTransaction } from '../../platform/context/request-context.ts';
import { problemWith, withProblems } from '../../platform/http/problem-schema.ts';
import { z } from 'zod';
import { SIGNED_IN } from '../../platform/http/request-context-hook.ts';
import {
  AvailabilityBody,
  AvailabilityChangeView,
  AvailabilityParams,
  AvailabilityView,
} from './availability-schema.ts';
import { getAvailability, setAvailability } from './person-availability.ts';

const ClashProblem = problemWith(
  z
    .object({ meetingIds: z.array(z.uuid()).optional().describe('The meetings the new windows would leave out') })
    .describe('Windows refused: the published or locked meetings they leave out'),
);

/** When each person can meet: they, their delegation's office and the secretariat read and set it. */
export function availabilityRoutes(app: FastifyInstance): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['meetings'];
  const url = '/api/editions/:editionId/meetings/availability/:participantId';

  api.get(
    url,
    {
      schema: {
        tags,
        description: 'A person’s availability windows for meetings (null: the whole summit)',
        params: AvailabilityParams,
        response: withProblems({ 200: AvailabilityView }, 400, 401, 403, 404),
      },
      config: SIGNED_IN,
    },
    (request) => getAvailability(request.context, request.params.editionId, request.params.participantId),
  );

  api.put(
    url,
    {
      schema: {
        tags,
        description:
          'Sets them: a late arrival, an early departure, a free afternoon. Refused when they would leave out a published or locked meeting',
        params: AvailabilityParams,
        body: AvailabilityBody,
        response: { ...withProblems({ 200: AvailabilityChangeView }, 400, 401, 403, 404, 422), 409: ClashProblem },
      },
      config: SIGNED_IN,
    },
    (request) =>
      inTransaction(request.context, (context) =>
        setAvailability(context, request.params.editionId, request.params.participantId, request.body.windows),
      ),
  );
}
