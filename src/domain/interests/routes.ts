import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { inTransaction } from '../../platform/context/request-context.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { withProblems } from '../../platform/http/problem-schema.ts';
import { SIGNED_IN } from '../../platform/http/request-context-hook.ts';
import type { RateLimit } from '../../platform/rate-limit/rules.ts';
import { byActorOrAddress, limitRequests } from '../../platform/rate-limit/route-limits.ts';
import type { Actor } from '../../platform/identity/actor.ts';
import { ItemId } from '../catalogue/schema.ts';
import type { Interest } from './model.ts';
import { mailInterest } from './notify.ts';
import { AnswerInterestRequest, ExpressInterestRequest, InterestId, InterestListView, InterestView } from './schema.ts';
import { answerInterest, directionOf, expressInterest, listInterests } from './service.ts';

const toView = (actor: Actor, interest: Interest) => ({
  id: interest.id,
  itemId: interest.itemId,
  fromItemId: interest.fromItemId,
  fromProvinceId: interest.fromProvinceId,
  fromOrganisation: interest.fromOrganisation,
  toProvinceId: interest.toProvinceId,
  toOrganisation: interest.toOrganisation,
  message: interest.message,
  language: interest.language,
  status: interest.status,
  reply: interest.reply,
  createdAt: interest.createdAt.toISOString(),
  answeredAt: interest.answeredAt?.toISOString() ?? null,
  direction: directionOf(actor, interest),
});

/** Each expression of interest mails the other side, so one user cannot send them by the hundred. */
export const EXPRESS_INTEREST_LIMIT: RateLimit = { bucket: 'express_interest', max: 30, windowSeconds: 3600 };

export function interestsRoutes(app: FastifyInstance, deps: AppDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['matchmaking'];

  api.post(
    '/api/items/:id/interests',
    {
      schema: {
        tags,
        description: 'Tells the side that published an offer or need that yours is interested (once per item)',
        params: ItemId,
        body: ExpressInterestRequest,
        response: withProblems({ 201: InterestView }, 400, 401, 403, 404, 409, 429),
      },
      config: SIGNED_IN,
      preHandler: limitRequests(EXPRESS_INTEREST_LIMIT, byActorOrAddress),
    },
    async (request, reply) => {
      const interest = await inTransaction(request.context, (context) =>
        expressInterest(context, request.params.id, request.body),
      );
      await notify(request, deps, interest);
      return reply.status(201).send(toView(request.context.actor!, interest));
    },
  );

  api.post(
    '/api/interests/:id/answer',
    {
      schema: {
        tags,
        description: 'The receiving side accepts or declines an expression of interest, once',
        params: InterestId,
        body: AnswerInterestRequest,
        response: withProblems({ 200: InterestView }, 400, 401, 403, 404, 409),
      },
      config: SIGNED_IN,
    },
    async (request) => {
      const interest = await inTransaction(request.context, (context) =>
        answerInterest(context, request.params.id, request.body),
      );
      return toView(request.context.actor!, interest);
    },
  );

  api.get(
    '/api/interests',
    {
      schema: {
        tags,
        description: 'The interests your side sent and received, newest first',
        response: withProblems({ 200: InterestListView }, 401),
      },
      config: SIGNED_IN,
    },
    async (request) => ({
      interests: (await listInterests(request.context)).map((interest) => toView(request.context.actor!, interest)),
    }),
  );
}

async function notify(request: FastifyRequest, deps: AppDeps, interest: Interest): Promise<void> {
  if (!deps.mailer) return;
  const actor = request.context.actor!;
  try {
    await mailInterest(request.context, deps.mailer, interest, {
      baseUrl: deps.config.publicUrl ?? `${request.protocol}://${request.host}`,
      senderName: [actor.displayName, interest.fromOrganisation].filter(Boolean).join(', '),
    });
  } catch (error) {
    request.log.warn({ err: error }, 'interest mail not sent');
  }
}
