import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../platform/context/request-context.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { withProblems } from '../../platform/http/problem-schema.ts';
import { SIGNED_IN } from '../../platform/http/request-context-hook.ts';
import type { RateLimit } from '../../platform/rate-limit/rules.ts';
import { byActorOrAddress, limitRequests } from '../../platform/rate-limit/route-limits.ts';
import type { Invite, User } from './model.ts';
import { acceptInvite, createInvite, findUsableInvite, listInvites, revokeInvite } from './invites.ts';
import * as schema from './schema.ts';
import { clearSessionCookie, setSessionCookie } from './session-routes.ts';
import { inviteStatus } from './sign-in-rules.ts';
import { signIn, signOut } from './sign-in.ts';
import { listUsers, updateUser } from './users.ts';

const toUserView = (user: User) => ({
  id: user.userId,
  email: user.email,
  displayName: user.displayName,
  role: user.role,
  provinceId: user.provinceId,
  organisation: user.organisation,
  disabled: user.disabledAt !== null,
});

const toInviteView = (invite: Invite, now: Date) => ({
  id: invite.id,
  email: invite.email,
  role: invite.role,
  provinceId: invite.provinceId,
  organisation: invite.organisation,
  expiresAt: invite.expiresAt.toISOString(),
  acceptedAt: invite.acceptedAt?.toISOString() ?? null,
  revokedAt: invite.revokedAt?.toISOString() ?? null,
  status: inviteStatus(invite, now),
});

const inviteLink = (request: FastifyRequest, deps: AppDeps, token: string) =>
  `${deps.config.publicUrl ?? `${request.protocol}://${request.host}`}/${request.locale}/invite/${token}`;

/** Each invitation may be mailed; a signed-in account cannot turn the platform into a mail cannon. */
export const CREATE_INVITE_LIMIT: RateLimit = { bucket: 'create_invite', max: 50, windowSeconds: 3600 };
/** Accepting is anonymous (the token is the key), so it is counted per address. */
export const ACCEPT_INVITE_LIMIT: RateLimit = { bucket: 'accept_invite', max: 10, windowSeconds: 15 * 60 };

export function accountsRoutes(app: FastifyInstance, deps: AppDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['accounts'];

  api.get('/api/auth/session', { schema: { tags, response: { 200: schema.SessionView } } }, async (request) => {
    const user = request.actor ? { ...request.actor, id: request.actor.userId, disabled: false } : null;
    return { user, csrfToken: request.session?.csrfToken ?? null };
  });

  api.post(
    '/api/auth/sign-in',
    {
      schema: {
        tags,
        body: schema.SignInRequest,
        response: withProblems({ 200: schema.SessionView }, 400, 401, 403, 429),
      },
    },
    async (request, reply) => {
      const session = await signIn(request.context, { ...request.body, ipAddress: request.ip });
      setSessionCookie(request, reply, session);
      return { user: { ...session.actor, id: session.actor.userId, disabled: false }, csrfToken: session.csrfToken };
    },
  );

  api.post(
    '/api/auth/sign-out',
    { schema: { tags, response: withProblems({ 204: z.null() }, 401, 403) }, config: SIGNED_IN },
    async (request, reply) => {
      await inTransaction(request.context, (context) => signOut(context, request.session!));
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  );

  api.get(
    '/api/users',
    { schema: { tags, response: withProblems({ 200: z.array(schema.UserView) }, 401, 403) }, config: SIGNED_IN },
    async (request) => (await listUsers(request.context)).map(toUserView),
  );

  api.patch(
    '/api/users/:id',
    {
      schema: {
        tags,
        params: schema.UserId,
        body: schema.UpdateUserRequest,
        response: withProblems({ 200: schema.UserView }, 400, 401, 403, 404),
      },
      config: SIGNED_IN,
    },
    async (request) =>
      toUserView(
        await inTransaction(request.context, (context) => updateUser(context, request.params.id, request.body)),
      ),
  );

  api.get(
    '/api/invites',
    { schema: { tags, response: withProblems({ 200: z.array(schema.InviteView) }, 401, 403) }, config: SIGNED_IN },
    async (request) => (await listInvites(request.context)).map((invite) => toInviteView(invite, request.context.now)),
  );

  api.post(
    '/api/invites',
    {
      schema: {
        tags,
        body: schema.CreateInviteRequest,
        response: withProblems({ 201: schema.CreatedInvite }, 400, 401, 403, 404, 409, 429),
      },
      config: SIGNED_IN,
      preHandler: limitRequests(CREATE_INVITE_LIMIT, byActorOrAddress),
    },
    async (request, reply) => {
      const body = {
        ...request.body,
        provinceId: request.body.provinceId ?? null,
        organisation: request.body.organisation ?? null,
      };
      const { invite, token } = await inTransaction(request.context, (context) => createInvite(context, body));
      const link = inviteLink(request, deps, token);
      const mailed = await mailInvite(request, deps, invite.email, link);
      return reply.status(201).send({ invite: toInviteView(invite, request.context.now), link, mailed });
    },
  );

  api.delete(
    '/api/invites/:id',
    {
      schema: {
        tags,
        params: schema.InviteId,
        response: withProblems({ 200: schema.InviteView }, 400, 401, 403, 404, 409),
      },
      config: SIGNED_IN,
    },
    async (request) => {
      const revoked = await inTransaction(request.context, (context) => revokeInvite(context, request.params.id));
      return toInviteView(revoked, request.context.now);
    },
  );

  api.get(
    '/api/invites/:token',
    { schema: { tags, params: schema.InviteToken, response: withProblems({ 200: schema.InviteView }, 404, 409, 410) } },
    async (request) => toInviteView(await findUsableInvite(request.context, request.params.token), request.context.now),
  );

  api.post(
    '/api/invites/:token/accept',
    {
      schema: {
        tags,
        params: schema.InviteToken,
        body: schema.AcceptInviteRequest,
        response: withProblems({ 201: schema.SessionView }, 400, 404, 409, 410, 429),
      },
      preHandler: limitRequests(ACCEPT_INVITE_LIMIT),
    },
    async (request, reply) => {
      const { displayName, password, locale } = request.body;
      const session = await acceptInvite(request.context, request.params.token, {
        displayName,
        password,
        locale: locale ?? null,
      });
      setSessionCookie(request, reply, session);
      return reply
        .status(201)
        .send({ user: { ...session.actor, id: session.actor.userId, disabled: false }, csrfToken: session.csrfToken });
    },
  );
}

/** The invite is already stored and its link is shown on screen, so a mail failure is logged, not fatal. */
async function mailInvite(request: FastifyRequest, deps: AppDeps, to: string, link: string): Promise<boolean> {
  if (!deps.mailer) return false;
  try {
    await deps.mailer.send({
      to,
      subject: request.t('mail.invite.subject'),
      text: request.t('mail.invite.body', { link }),
    });
    return true;
  } catch (error) {
    request.log.warn({ err: error }, 'invite mail not sent');
    return false;
  }
}
