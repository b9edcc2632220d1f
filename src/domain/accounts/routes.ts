import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/deps.ts';
import { withProblems } from '../../platform/http/problem-schema.ts';
import type { Invite, User } from './model.ts';
import { acceptInvite, createInvite, findUsableInvite, listInvites, revokeInvite } from './invites.ts';
import * as schema from './schema.ts';
import { auditContextOf, clearSessionCookie, requireActor, setSessionCookie } from './session-hook.ts';
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
      const session = await signIn(
        deps.db,
        { ...request.body, ipAddress: request.ip, requestId: request.id },
        deps.now(),
      );
      setSessionCookie(request, reply, session);
      return { user: { ...session.actor, id: session.actor.userId, disabled: false }, csrfToken: session.csrfToken };
    },
  );

  api.post(
    '/api/auth/sign-out',
    { schema: { tags, response: withProblems({ 204: z.null() }, 401, 403) } },
    async (request, reply) => {
      requireActor(request);
      await signOut(deps.db, request.session!, request.id);
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  );

  api.get(
    '/api/users',
    { schema: { tags, response: withProblems({ 200: z.array(schema.UserView) }, 401, 403) } },
    async (request) => {
      requireActor(request);
      return (await listUsers(deps.db, request.actor)).map(toUserView);
    },
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
    },
    async (request) => {
      requireActor(request);
      const user = await updateUser(
        deps.db,
        request.actor,
        auditContextOf(request),
        request.params.id,
        request.body,
        deps.now(),
      );
      return toUserView(user);
    },
  );

  api.get(
    '/api/invites',
    { schema: { tags, response: withProblems({ 200: z.array(schema.InviteView) }, 401, 403) } },
    async (request) => {
      requireActor(request);
      return (await listInvites(deps.db, request.actor)).map((invite) => toInviteView(invite, deps.now()));
    },
  );

  api.post(
    '/api/invites',
    {
      schema: {
        tags,
        body: schema.CreateInviteRequest,
        response: withProblems({ 201: schema.CreatedInvite }, 400, 401, 403, 404, 409),
      },
    },
    async (request, reply) => {
      requireActor(request);
      const body = {
        ...request.body,
        provinceId: request.body.provinceId ?? null,
        organisation: request.body.organisation ?? null,
      };
      const { invite, token } = await createInvite(deps.db, request.actor, auditContextOf(request), body, deps.now());
      const link = inviteLink(request, deps, token);
      const mailed = await mailInvite(request, deps, invite.email, link);
      return reply.status(201).send({ invite: toInviteView(invite, deps.now()), link, mailed });
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
    },
    async (request) => {
      requireActor(request);
      return toInviteView(
        await revokeInvite(deps.db, request.actor, auditContextOf(request), request.params.id, deps.now()),
        deps.now(),
      );
    },
  );

  api.get(
    '/api/invites/:token',
    { schema: { tags, params: schema.InviteToken, response: withProblems({ 200: schema.InviteView }, 404, 409, 410) } },
    async (request) => toInviteView(await findUsableInvite(deps.db, request.params.token, deps.now()), deps.now()),
  );

  api.post(
    '/api/invites/:token/accept',
    {
      schema: {
        tags,
        params: schema.InviteToken,
        body: schema.AcceptInviteRequest,
        response: withProblems({ 201: schema.SessionView }, 400, 404, 409, 410),
      },
    },
    async (request, reply) => {
      const { displayName, password, locale } = request.body;
      const session = await acceptInvite(
        deps.db,
        request.params.token,
        { displayName, password, locale: locale ?? null, requestId: request.id },
        deps.now(),
      );
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
