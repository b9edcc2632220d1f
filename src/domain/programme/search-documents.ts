import { formatInTimeZone } from 'date-fns-tz';
import type { RequestContext, WriteContext } from '../../platform/context/request-context.ts';
import { LOCALES } from '../../platform/i18n/locales.ts';
import { type DocumentSource, indexDocuments } from '../search/index-documents.ts';
import type { SearchDocumentInput } from '../search/model.ts';
import type { Edition } from '../summit/model.ts';
import { listPublishedEditions } from '../summit/service.ts';
import type { SessionDetail } from './model.ts';
import { getProgramme } from './read-programme.ts';

/**
 * A session as search finds it: by its title, abstract and people. It opens on its day's tab of
 * its edition's programme, scrolled to it.
 */
export function sessionDocument(session: SessionDetail, timeZone: string): SearchDocumentInput {
  const day = formatInTimeZone(session.startsAt, timeZone, 'yyyy-MM-dd');
  return {
    type: 'session',
    id: session.id,
    language: LOCALES.find((language) => session.title[language]) ?? 'en',
    title: session.title,
    body: session.abstract,
    extraTerms: session.people.flatMap((person) => [person.nameNative, person.nameLatin]),
    kind: null,
    countryCode: null,
    provinceId: null,
    taxonomyCodes: [],
    hsCodes: [],
    path: `/programme?edition=${encodeURIComponent(session.editionId)}&day=${day}#session-${session.id}`,
    isDemo: session.isDemo,
    updatedAt: session.updatedAt,
  };
}

/** A draft edition's sessions stay out of search until it is published (indexEditionSessions). */
export async function indexSession(context: WriteContext, session: SessionDetail, edition: Edition): Promise<void> {
  if (edition.status === 'draft') return;
  await indexDocuments(context, [sessionDocument(session, edition.timeZone)]);
}

/** Programme's step of publishing an edition: its sessions become findable. */
export async function indexEditionSessions(context: WriteContext, edition: Edition): Promise<void> {
  const programme = await getProgramme(context, edition.id);
  await indexDocuments(
    context,
    programme.sessions.map((session) => sessionDocument(session, programme.timeZone)),
  );
}

export const sessionDocuments: DocumentSource = {
  type: 'session',
  listDocuments: async (context: RequestContext) => {
    const documents: SearchDocumentInput[] = [];
    for (const edition of await listPublishedEditions(context)) {
      const programme = await getProgramme(context, edition.id);
      documents.push(...programme.sessions.map((session) => sessionDocument(session, programme.timeZone)));
    }
    return documents;
  },
};
