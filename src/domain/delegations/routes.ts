import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/http/errors.ts';
import { withProblems } from '../../platform/http/problem-schema.ts';
import { auditContextOf, requireActor } from '../accounts/session-hook.ts';
import { cancelRegistration, decideRegistration, listRegistrations } from './decide-registration.ts';
import {
  changeDelegationLimits,
  findOwnDelegation,
  getDelegationWithMembers,
  listDelegationSummaries,
} from './delegation-service.ts';
import { findRegistrationWindow } from './edition-window.ts';
import {
  formatInstant,
  writeRegistrationsWorkbook,
  writeVisaLettersWorkbook,
  XLSX_MEDIA_TYPE,
} from './export-registrations.ts';
import type { DelegationSummary, Registration } from './model.ts';
import { registerDelegationMember, registerParticipant } from './register-participant.ts';
import {
  DecisionRequest,
  DelegationDetailView,
  DelegationIdParam,
  DelegationLimitsRequest,
  DelegationSummaryView,
  EditionIdParam,
  MemberRequest,
  ParticipantIdParam,
  PublicRegistrationView,
  RegistrationQuery,
  RegistrationRequest,
  RegistrationView,
  VisaLetterView,
} from './schema.ts';
import type { VisaLetterEntry } from './visa-letters.ts';
import { deleteVisaLetter, listVisaLetters } from './visa-letters.ts';

const toSummaryView = ({ liveTotal, ...delegation }: DelegationSummary) => ({
  ...delegation,
  placesLeft: Math.max(0, delegation.memberLimit - liveTotal),
});

export const toRegistrationView = ({
  userId: _userId,
  registeredBy: _registeredBy,
  decidedBy: _decidedBy,
  ...registration
}: Registration) => ({
  ...registration,
  createdAt: registration.createdAt.toISOString(),
  decidedAt: registration.decidedAt?.toISOString() ?? null,
});

const toPublicView = (registration: Registration) => ({
  id: registration.id,
  editionId: registration.editionId,
  role: registration.role,
  status: registration.status,
  nameNative: registration.nameNative,
  nameLatin: registration.nameLatin,
  delegationId: registration.delegationId,
  visaLetterRequested: registration.visaLetterRequested,
});

const toVisaView = ({ participant, ...visa }: VisaLetterEntry) => ({
  ...visa,
  nameLatin: participant.nameLatin,
  role: participant.role,
  status: participant.status,
  provinceId: participant.provinceId,
  requestedAt: visa.requestedAt.toISOString(),
});

/** Roles, statuses and instants in problem details are put into the reader's words here, at the edge. */
async function inReaderWords<T>(request: FastifyRequest, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const word = (key: string) => request.t(key).toLocaleLowerCase(request.locale);
    if (error.code === 'delegation_full')
      throw new AppError(error.code, { ...error.params, role: word(`registration.role.${String(error.params.role)}`) });
    if (error.code === 'registration_already_decided')
      throw new AppError(error.code, { status: word(`registration.status.${String(error.params.status)}`) });
    if (error.code === 'registration_closed') {
      throw new AppError(error.code, {
        closedAt: formatInstant(new Date(String(error.params.closedAt)), request.locale, String(error.params.timeZone)),
      });
    }
    throw error;
  }
}

const sendWorkbook = (reply: FastifyReply, name: string, file: Buffer) =>
  reply.header('content-disposition', `attachment; filename="${name}.xlsx"`).type(XLSX_MEDIA_TYPE).send(file);

export function delegationsRoutes(app: FastifyInstance, deps: AppDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['delegations'];
  const context = (request: FastifyRequest) => ({
    actor: request.actor,
    audit: auditContextOf(request),
    now: deps.now(),
  });

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
    async (request) => (await listDelegationSummaries(deps.db, request.params.editionId)).map(toSummaryView),
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
    },
    async (request) => {
      requireActor(request);
      const own = await findOwnDelegation(deps.db, request.actor, request.params.editionId);
      const { members, ...delegation } = await getDelegationWithMembers(deps.db, request.actor, own.id);
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
    },
    async (request) => {
      requireActor(request);
      const { members, ...delegation } = await getDelegationWithMembers(deps.db, request.actor, request.params.id);
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
    },
    async (request, reply) => {
      requireActor(request);
      const { members, editionId, provinceId } = await getDelegationWithMembers(
        deps.db,
        request.actor,
        request.params.id,
      );
      const { timeZone } = await findRegistrationWindow(deps.db, editionId);
      return sendWorkbook(
        reply,
        `delegation-${provinceId}`,
        await writeRegistrationsWorkbook(request.t, request.locale, timeZone, 'members', members),
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
    },
    async (request) => {
      requireActor(request);
      const changed = await changeDelegationLimits(deps.db, context(request), request.params.id, request.body);
      const summary = (await listDelegationSummaries(deps.db, changed.editionId)).find(
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
    },
    async (request, reply) => {
      requireActor(request);
      const form = {
        ...request.body,
        position: request.body.position ?? null,
        organisation: request.body.organisation ?? null,
        phone: request.body.phone ?? null,
        visaLetter: request.body.visaLetter ?? null,
      };
      const created = await inReaderWords(request, () =>
        registerDelegationMember(deps.db, context(request), request.params.id, form),
      );
      return reply.status(201).send(toRegistrationView(created));
    },
  );

  api.post(
    '/api/editions/:editionId/registrations',
    {
      schema: {
        tags,
        description: 'Public registration form; no sign-in needed. Answers without contact or passport data.',
        params: EditionIdParam,
        body: RegistrationRequest,
        response: withProblems({ 201: PublicRegistrationView }, 400, 404, 409),
      },
    },
    async (request, reply) => {
      const { body } = request;
      const form = {
        ...body,
        provinceId: body.provinceId ?? null,
        position: body.position ?? null,
        organisation: body.organisation ?? null,
        phone: body.phone ?? null,
        visaLetter: body.visaLetter ?? null,
      };
      const created = await inReaderWords(request, () =>
        registerParticipant(deps.db, context(request), request.params.editionId, form),
      );
      return reply.status(201).send(toPublicView(created));
    },
  );

  api.get(
    '/api/editions/:editionId/registrations',
    {
      schema: {
        tags,
        description: 'Registrations of the edition for the secretariat, filtered',
        params: EditionIdParam,
        querystring: RegistrationQuery,
        response: withProblems({ 200: z.array(RegistrationView) }, 400, 401, 403, 404),
      },
    },
    async (request) => {
      requireActor(request);
      return (await listRegistrations(deps.db, request.actor, request.params.editionId, request.query)).map(
        toRegistrationView,
      );
    },
  );

  api.get(
    '/api/editions/:editionId/registrations/export',
    {
      schema: {
        tags,
        description: 'The filtered registrations as an XLSX file in the request language',
        params: EditionIdParam,
        querystring: RegistrationQuery,
        response: withProblems({}, 400, 401, 403, 404),
      },
    },
    async (request, reply) => {
      requireActor(request);
      const rows = await listRegistrations(deps.db, request.actor, request.params.editionId, request.query);
      const { timeZone } = await findRegistrationWindow(deps.db, request.params.editionId);
      return sendWorkbook(
        reply,
        `registrations-${request.params.editionId}`,
        await writeRegistrationsWorkbook(request.t, request.locale, timeZone, 'registrations', rows),
      );
    },
  );

  api.post(
    '/api/registrations/:id/decision',
    {
      schema: {
        tags,
        description: 'Approves or rejects a pending registration',
        params: ParticipantIdParam,
        body: DecisionRequest,
        response: withProblems({ 200: RegistrationView }, 400, 401, 403, 404, 409),
      },
    },
    async (request) => {
      requireActor(request);
      const decision = { decision: request.body.decision, reason: request.body.reason ?? null };
      return toRegistrationView(
        await inReaderWords(request, () => decideRegistration(deps.db, context(request), request.params.id, decision)),
      );
    },
  );

  api.post(
    '/api/registrations/:id/cancel',
    {
      schema: {
        tags,
        description:
          'Cancels a pending or approved registration (secretariat, or the delegation office for its own people)',
        params: ParticipantIdParam,
        response: withProblems({ 200: RegistrationView }, 400, 401, 403, 404, 409),
      },
    },
    async (request) => {
      requireActor(request);
      return toRegistrationView(
        await inReaderWords(request, () => cancelRegistration(deps.db, context(request), request.params.id)),
      );
    },
  );

  api.get(
    '/api/editions/:editionId/visa-letters',
    {
      schema: {
        tags,
        description: 'Visa letter requests with passport data; visa.read only',
        params: EditionIdParam,
        response: withProblems({ 200: z.array(VisaLetterView) }, 400, 401, 403, 404),
      },
    },
    async (request) => {
      requireActor(request);
      return (await listVisaLetters(deps.db, request.actor, request.params.editionId)).map(toVisaView);
    },
  );

  api.get(
    '/api/editions/:editionId/visa-letters/export',
    {
      schema: {
        tags,
        description: 'Visa letter requests as an XLSX file; visa.read only',
        params: EditionIdParam,
        response: withProblems({}, 400, 401, 403, 404),
      },
    },
    async (request, reply) => {
      requireActor(request);
      const rows = await listVisaLetters(deps.db, request.actor, request.params.editionId);
      const { timeZone } = await findRegistrationWindow(deps.db, request.params.editionId);
      return sendWorkbook(
        reply,
        `visa-letters-${request.params.editionId}`,
        await writeVisaLettersWorkbook(request.t, request.locale, timeZone, rows),
      );
    },
  );

  api.delete(
    '/api/registrations/:id/visa-letter',
    {
      schema: {
        tags,
        description: "Deletes a participant's passport data on their request",
        params: ParticipantIdParam,
        response: withProblems({ 204: z.null() }, 400, 401, 403, 404),
      },
    },
    async (request, reply) => {
      requireActor(request);
      await deleteVisaLetter(deps.db, context(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
