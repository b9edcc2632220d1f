import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { RequestContext } from '../../platform/context/request-context.ts';
import { withProblems } from '../../platform/http/problem-schema.ts';
import { sendDownload } from '../../platform/http/file-reply.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import { XLSX_MEDIA_TYPE } from '../../platform/xlsx/table-workbook.ts';
import { getEdition } from '../summit/service.ts';
import { CALENDAR_MEDIA_TYPE } from '../../platform/calendar/calendar-file.ts';
import { writeCalendar } from './calendar-file.ts';
import { writeProgrammeWorkbook } from './export-programme.ts';
import type { SessionDetail } from './model.ts';
import { getVisibleProgramme, getVisibleSession } from './read-programme.ts';
import { textIn } from '../../platform/i18n/localized-text.ts';
import { CalendarQuery, EditionIdParam, SessionIdParam } from './schema.ts';

/** An iCalendar file of sessions of one edition, named after the edition in the reader's language. */
async function calendarOf(
  context: RequestContext,
  editionId: string,
  sessions: readonly SessionDetail[],
  locale: Locale,
): Promise<string> {
  const edition = await getEdition(context, editionId);
  return writeCalendar(sessions, locale, textIn(edition.name, locale), context.now);
}

/** "Add to calendar" files and the programme workbook: public, like the programme itself. */
export function programmeFileRoutes(app: FastifyInstance): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['programme'];
  // Every file here is in the language asked for (lang), else the request's.
  const fileSchema = { tags, querystring: CalendarQuery, response: withProblems({}, 400, 404) };

  api.get(
    '/api/sessions/:id/calendar.ics',
    {
      schema: {
        ...fileSchema,
        description: 'The session as an iCalendar event (times in UTC)',
        params: SessionIdParam,
      },
    },
    async (request, reply) => {
      const session = await getVisibleSession(request.context, request.params.id);
      const locale = request.query.lang ?? request.locale;
      const file = await calendarOf(request.context, session.editionId, [session], locale);
      return sendDownload(reply, `session-${session.id}.ics`, CALENDAR_MEDIA_TYPE, file);
    },
  );

  api.get(
    '/api/editions/:editionId/programme.ics',
    {
      schema: {
        ...fileSchema,
        description: 'The whole programme as an iCalendar file (times in UTC)',
        params: EditionIdParam,
      },
    },
    async (request, reply) => {
      const programme = await getVisibleProgramme(request.context, request.params.editionId);
      const locale = request.query.lang ?? request.locale;
      const file = await calendarOf(request.context, programme.editionId, programme.sessions, locale);
      return sendDownload(reply, `${programme.editionId}.ics`, CALENDAR_MEDIA_TYPE, file);
    },
  );

  api.get(
    '/api/editions/:editionId/programme.xlsx',
    {
      schema: {
        ...fileSchema,
        description: 'The programme as a workbook, headings and titles in the request language',
        params: EditionIdParam,
      },
    },
    async (request, reply) => {
      const programme = await getVisibleProgramme(request.context, request.params.editionId);
      const file = await writeProgrammeWorkbook(programme, request.query.lang ?? request.locale);
      return sendDownload(reply, `${programme.editionId}-programme.xlsx`, XLSX_MEDIA_TYPE, file);
    },
  );
}
