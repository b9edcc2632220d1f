import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { CALENDAR_MEDIA_TYPE } from '../../platform/calendar/calendar-file.ts';
import { sendDownload } from '../../platform/http/file-reply.ts';
import { withProblems } from '../../platform/http/problem-schema.ts';
import { SIGNED_IN } from '../../platform/http/request-context-hook.ts';
import { serverMessages } from '../../platform/i18n/server-messages.ts';
import { readAgenda, writeAgendaCalendar } from './agenda.ts';
import { renderAgendaPdf } from './agenda-pdf.ts';
import { AgendaCalendarQuery, AgendaParam, AgendaView } from './agenda-schema.ts';
import { toAgendaView } from './views.ts';

/** A person's agenda: their published meetings and the programme sessions they attend. */
export function agendaRoutes(app: FastifyInstance): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['meetings'];

  api.get(
    '/api/meetings/agenda/:participantId',
    {
      schema: {
        tags,
        description:
          'A person’s published meetings merged with the programme sessions they speak at, moderate or hold a seat in; for the person, their delegation’s office and the secretariat',
        params: AgendaParam,
        response: withProblems({ 200: AgendaView }, 400, 401, 403, 404),
      },
      config: SIGNED_IN,
    },
    async (request) => toAgendaView(await readAgenda(request.context, request.params.participantId)),
  );

  api.get(
    '/api/meetings/agenda/:participantId/agenda.ics',
    {
      schema: {
        tags,
        description: 'The same agenda as an iCalendar file (times in UTC)',
        params: AgendaParam,
        querystring: AgendaCalendarQuery,
        response: withProblems({}, 400, 401, 403, 404),
      },
      config: SIGNED_IN,
    },
    async (request, reply) => {
      const agenda = await readAgenda(request.context, request.params.participantId);
      const file = writeAgendaCalendar(agenda, request.query.lang ?? request.locale, request.context.now);
      return sendDownload(reply, `agenda-${agenda.person.id}.ics`, CALENDAR_MEDIA_TYPE, file);
    },
  );

  api.get(
    '/api/meetings/agenda/:participantId/agenda.pdf',
    {
      schema: {
        tags,
        description:
          'The same agenda to print: one table a day in the reader’s language and script, Persian days in both calendars',
        params: AgendaParam,
        querystring: AgendaCalendarQuery,
        response: withProblems({}, 400, 401, 403, 404),
      },
      config: SIGNED_IN,
    },
    async (request, reply) => {
      const agenda = await readAgenda(request.context, request.params.participantId);
      const locale = request.query.lang ?? request.locale;
      const file = await renderAgendaPdf(agenda, locale, serverMessages(locale));
      return sendDownload(reply, `agenda-${agenda.person.id}.pdf`, 'application/pdf', file);
    },
  );
}
