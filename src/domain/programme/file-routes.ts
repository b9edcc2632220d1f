import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { withProblems } from '../../platform/http/problem-schema.ts';
import { sendDownload } from '../../platform/http/file-reply.ts';
import { XLSX_MEDIA_TYPE } from '../../platform/xlsx/table-workbook.ts';
import { getEdition } from '../summit/service.ts';
import { CALENDAR_MEDIA_TYPE, writeCalendar } from './calendar-file.ts';
import { writeProgrammeWorkbook } from './export-programme.ts';
import { getProgramme, getSession } from './read-programme.ts';
import { textIn } from '../../platform/i18n/localized-text.ts';
import { CalendarQuery, EditionIdParam, SessionIdParam } from './schema.ts';

/** "Add to calendar" files and the programme workbook: public, like the programme itself. */
export function programmeFileRoutes(app: FastifyInstance): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['programme'];

  api.get(
    '/api/sessions/:id/calendar.ics',
    {
      schema: {
        tags,
        description: 'The session as an iCalendar event (times in UTC)',
        params: SessionIdParam,
        querystring: CalendarQuery,
        response: withProblems({}, 400, 404),
      },
    },
    async (request, reply) => {
      const locale = request.query.lang ?? request.locale;
      const session = await getSession(request.context, request.params.id);
      const edition = await getEdition(request.context, session.editionId);
      const file = writeCalendar([session], locale, textIn(edition.name, locale), request.context.now);
      return sendDownload(reply, `session-${session.id}.ics`, CALENDAR_MEDIA_TYPE, file);
    },
  );

  api.get(
    '/api/editions/:editionId/programme.ics',
    {
      schema: {
        tags,
        description: 'The whole programme as an iCalendar file (times in UTC)',
        params: EditionIdParam,
        querystring: CalendarQuery,
        response: withProblems({}, 400, 404),
      },
    },
    async (request, reply) => {
      const locale = request.query.lang ?? request.locale;
      const programme = await getProgramme(request.context, request.params.editionId);
      const edition = await getEdition(request.context, programme.editionId);
      const file = writeCalendar(programme.sessions, locale, textIn(edition.name, locale), request.context.now);
      return sendDownload(reply, `${programme.editionId}.ics`, CALENDAR_MEDIA_TYPE, file);
    },
  );

  api.get(
    '/api/editions/:editionId/programme.xlsx',
    {
      schema: {
        tags,
        description: 'The programme as a workbook, headings and titles in the request language',
        params: EditionIdParam,
        querystring: CalendarQuery,
        response: withProblems({}, 400, 404),
      },
    },
    async (request, reply) => {
      const locale = request.query.lang ?? request.locale;
      const programme = await getProgramme(request.context, request.params.editionId);
      const file = await writeProgrammeWorkbook(programme, locale);
      return sendDownload(reply, `${programme.editionId}-programme.xlsx`, XLSX_MEDIA_TYPE, file);
    },
  );
}
