import { LOCALES } from '../../platform/i18n/locales.ts';
import type { DocumentSource } from '../search/index-documents.ts';
import type { SearchDocumentInput } from '../search/model.ts';
import type { Edition, Speaker } from './model.ts';
import { createSummitRepository } from './repository.ts';

/** A keynote speaker as search finds them: by name in each script, and by their role; only once the edition is published. */
export function speakerDocument(speaker: Speaker, edition: Edition): SearchDocumentInput {
  return {
    type: 'speaker',
    id: speaker.id,
    language: LOCALES.find((language) => speaker.name[language]) ?? 'en',
    title: speaker.name,
    body: speaker.role,
    extraTerms: Object.values(edition.name).filter((name): name is string => Boolean(name)),
    kind: null,
    countryCode: null,
    provinceId: edition.hostProvinceId,
    taxonomyCodes: [],
    hsCodes: [],
    path: `/?edition=${encodeURIComponent(edition.id)}#speaker-${speaker.id}`,
    isDemo: false,
    updatedAt: new Date(`${edition.startsOn}T00:00:00Z`),
  };
}

export const speakerDocuments: DocumentSource = {
  type: 'speaker',
  listDocuments: async (context) => {
    const repo = createSummitRepository(context.db);
    const documents: SearchDocumentInput[] = [];
    for (const edition of await repo.listEditions({ includeDrafts: false })) {
      documents.push(...(await repo.listSpeakers(edition.id)).map((speaker) => speakerDocument(speaker, edition)));
    }
    return documents;
  },
};
