import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../platform/context/request-context.ts';
import { withProblems } from '../../platform/http/problem-schema.ts';
import { sendDownload } from '../../platform/http/file-reply.ts';
import { XLSX_MEDIA_TYPE } from '../../platform/xlsx/table-workbook.ts';
import { SIGNED_IN } from '../../platform/http/request-context-hook.ts';
import type { RateLimit } from '../../platform/rate-limit/rules.ts';
import { limitRequests } from '../../platform/rate-limit/route-limits.ts';
import { cancelRegistration, decideRegistration, listRegistrations } from './decide-registration.ts';
import { exportReaderFor, writeRegistrationsWorkbook, writeVisaLettersWorkbook } from './export-registrations.ts';
import { registerParticipant } from './register-participant.ts';
import {
  DecisionRequest,
  EditionIdParam,
  ParticipantIdParam,
  PublicRegistrationView,
  RegistrationQuery,
  RegistrationRequest,
  RegistrationView,
  VisaLetterView,
} from './schema.ts';
import { toPublicView, toRegistrationView, toVisaView } from './views.ts';
import { deleteVisaLetter, listVisaLetters } from './visa-letters.ts';

/** An XLSX export as a download, shared by the delegation and registration routes. */
export const sendWorkbook = (reply: FastifyReply, name: string, file: Buffer) =>
  sendDownload(reply, `${name}.xlsx`, XLSX_MEDIA_TYPE, file);

/**
 * The public form is anonymous, so it is counted per address: enough for a family or an office
 * registering its people one by one, not for a script filling the lists.
 */
export const PUBLIC_REGISTRATION_LIMIT: RateLimit = { bucket: 'public_registration', max: 20, windowSeconds: 3600 };

/** The public registration form, the secretariat's decisions, and visa letter requests. */
export function registrationRoutes(app: FastifyInstance): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['delegations'];

  // Open to the public: no SIGNED_IN.
  api.post(
    '/api/editions/:editionId/registrations',
    {
      schema: {
        tags,
        description: 'Public registration form; no sign-in needed. Answers without contact or passport data.',
        params: EditionIdParam,
        body: RegistrationRequest,
        response: withProblems({ 201: PublicRegistrationView }, 400, 404, 409, 429),
      },
      preHandler: limitRequests(PUBLIC_REGISTRATION_LIMIT),
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
      const created = await inTransaction(request.context, (context) =>
        registerParticipant(context, request.params.editionId, form),
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
      config: SIGNED_IN,
    },
    async (request) =>
      (await listRegistrations(request.context, request.params.editionId, request.query)).map(toRegistrationView),
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
      config: SIGNED_IN,
    },
    async (request, reply) => {
      const rows = await listRegistrations(request.context, request.params.editionId, request.query);
      const reader = await exportReaderFor(request.context, request.t, request.params.editionId);
      return sendWorkbook(
        reply,
        `registrations-${request.params.editionId}`,
        await writeRegistrationsWorkbook(reader, 'registrations', rows),
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
      config: SIGNED_IN,
    },
    async (request) => {
      const decision = { decision: request.body.decision, reason: request.body.reason ?? null };
      return toRegistrationView(
        await inTransaction(request.context, (context) => decideRegistration(context, request.params.id, decision)),
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
      config: SIGNED_IN,
    },
    async (request) =>
      toRegistrationView(
        await inTransaction(request.context, (context) => cancelRegistration(context, request.params.id)),
      ),
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
      config: SIGNED_IN,
    },
    async (request) => (await listVisaLetters(request.context, request.params.editionId)).map(toVisaView),
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
      config: SIGNED_IN,
    },
    async (request, reply) => {
      const rows = await listVisaLetters(request.context, request.params.editionId);
      const reader = await exportReaderFor(request.context, request.t, request.params.editionId);
      return sendWorkbook(
        reply,
        `visa-letters-${request.params.editionId}`,
        await writeVisaLettersWorkbook(reader, rows),
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
      config: SIGNED_IN,
    },
    async (request, reply) => {
      await inTransaction(request.context, (context) => deleteVisaLetter(context, request.params.id));
      return reply.status(204).send(null);
    },
  );
}
