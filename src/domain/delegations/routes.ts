import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../platform/context/request-context.ts';
import { withProblems } from '../../platform/http/problem-schema.ts';
import { SIGNED_IN } from '../../platform/http/request-context-hook.ts';
import {
  changeDelegationLimits,
  findOwnDelegation,
  getDelegationWithMembers,
  listDelegationSummaries,
} from './delegation-service.ts';
import { exportReaderFor, writeRegistrationsWorkbook } from './export-registrations.ts';
import { registerDelegationMember } from './register-participant.ts';
import { registrationRoutes, sendWorkbook } from './registration-routes.ts';
import {
  DelegationDetailView,
  DelegationIdParam,
  DelegationLimitsRequest,
  DelegationSummaryView,
  EditionIdParam,
  MemberRequest,
  RegistrationView,
} from './schema.ts';
import { toRegistrationView, toSummaryView } from './views.ts';

/** Delegations (limits, members, the office's own registrations); registrations and visa letters in registration-routes.ts. */
export function delegationsRoutes(app: FastifyInstance): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['delegations'];

  api.get(
    '/api/editions/:editionId/delegations',
    {
      schema: {
        tags,
        description: 'Every delegation of the edition: province, limits and approved people per role',
        params: EditionIdParam,
        response: withProblems({ 200: z.array(DelegationSummaryView) }, 400, 404),
      },
    },
    async (request) => (await listDelegationSummaries(request.context, request.params.editionId)).map(toSummaryView),
  );

  api.get(
    '/api/editions/:editionId/delegations/mine',
    {
      schema: {
        tags,
        description: "The signed-in delegate's own delegation with its members",
        params: EditionIdParam,
        response: withProblems({ 200: DelegationDetailView }, 400, 401, 403, 404),
      },
      config: SIGNED_IN,
    },
    async (request) => {
      const own = await findOwnDelegation(request.context, request.params.editionId);
      const { members, ...delegation } = await getDelegationWithMembers(request.context, own.id);
      return { ...toSummaryView(delegation), members: members.map(toRegistrationView) };
    },
  );

  api.get(
    '/api/delegations/:id',
    {
      schema: {
        tags,
        params: DelegationIdParam,
        response: withProblems({ 200: DelegationDetailView }, 400, 401, 403, 404),
      },
      config: SIGNED_IN,
    },
    async (request) => {
      const { members, ...delegation } = await getDelegationWithMembers(request.context, request.params.id);
      return { ...toSummaryView(delegation), members: members.map(toRegistrationView) };
    },
  );

  api.get(
    '/api/delegations/:id/members/export',
    {
      schema: {
        tags,
        description: "The delegation's members as an XLSX file in the request language",
        params: DelegationIdParam,
        response: withProblems({}, 400, 401, 403, 404),
      },
      config: SIGNED_IN,
    },
    async (request, reply) => {
      const { members, editionId, provinceId } = await getDelegationWithMembers(request.context, request.params.id);
      const reader = await exportReaderFor(request.context, request.t, editionId);
      return sendWorkbook(
        reply,
        `delegation-${provinceId}`,
        await writeRegistrationsWorkbook(reader, 'members', members),
      );
    },
  );

  api.patch(
    '/api/delegations/:id',
    {
      schema: {
        tags,
        description: 'Changes how many people the delegation may bring',
        params: DelegationIdParam,
        body: DelegationLimitsRequest,
        response: withProblems({ 200: DelegationSummaryView }, 400, 401, 403, 404),
      },
      config: SIGNED_IN,
    },
    async (request) => {
      const changed = await inTransaction(request.context, (context) =>
        changeDelegationLimits(context, request.params.id, request.body),
      );
      const summary = (await listDelegationSummaries(request.context, changed.editionId)).find(
        (delegation) => delegation.id === changed.id,
      )!;
      return toSummaryView(summary);
    },
  );

  api.post(
    '/api/delegations/:id/members',
    {
      schema: {
        tags,
        description: "A delegation's office registers one of its people; pending until the secretariat decides",
        params: DelegationIdParam,
        body: MemberRequest,
        response: withProblems({ 201: RegistrationView }, 400, 401, 403, 404, 409),
      },
      config: SIGNED_IN,
    },
    async (request, reply) => {
      const form = {
        ...request.body,
        position: request.body.position ?? null,
        organisation: request.body.organisation ?? null,
        phone: request.body.phone ?? null,
        visaLetter: request.body.visaLetter ?? null,
      };
      const created = await inTransaction(request.context, (context) =>
        registerDelegationMember(context, request.params.id, form),
      );
      return reply.status(201).send(toRegistrationView(created));
    },
  );

  registrationRoutes(app);
}
