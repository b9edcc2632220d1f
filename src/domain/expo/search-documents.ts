import type { RequestContext, WriteContext } from '../../platform/context/request-context.ts';
import type { LocalizedText } from '../../platform/i18n/localized-text.ts';
import { LOCALES } from '../../platform/i18n/locales.ts';
import { countryOfProvince } from '../provinces/service.ts';
import { type DocumentSource, indexDocuments } from '../search/index-documents.ts';
import type { SearchDocumentInput } from '../search/model.ts';
import type { Edition } from '../summit/model.ts';
import { findEdition, getEdition, listPublishedEditions } from '../summit/service.ts';
import { createExhibitorsRepository } from './exhibitors-repository.ts';
import { createFloorRepository } from './floor-repository.ts';
import type { Exhibitor } from './model.ts';

/** The description and the product names, one text per language. */
function exhibitorText(exhibitor: Exhibitor): LocalizedText {
  return Object.fromEntries(
    LOCALES.flatMap((language) => {
      const products = exhibitor.products.map((product) => product.name[language]).filter(Boolean);
      const text = [exhibitor.description[language], ...products].filter(Boolean).join('\n');
      return text ? [[language, text]] : [];
    }),
  );
}

/** An exhibitor as search finds it: by its organisation, its description and what it shows. */
export function exhibitorDocument(exhibitor: Exhibitor, countryCode: string | null): SearchDocumentInput {
  const body = exhibitorText(exhibitor);
  return {
    type: 'exhibitor',
    id: exhibitor.id,
    language: LOCALES.find((language) => exhibitor.description[language]) ?? 'en',
    title: Object.fromEntries(LOCALES.map((language) => [language, exhibitor.organisation])),
    body,
    extraTerms: [],
    kind: null,
    countryCode,
    provinceId: exhibitor.provinceId,
    taxonomyCodes: [],
    hsCodes: exhibitor.hsCodes,
    path: `/expo/exhibitors/${exhibitor.id}`,
    isDemo: exhibitor.isDemo,
    updatedAt: exhibitor.updatedAt,
  };
}

/** An exhibitor of a draft edition's expo stays out of search until it is published (indexEditionExhibitors). */
export async function indexExhibitor(context: WriteContext, exhibitor: Exhibitor): Promise<void> {
  const expo = await createFloorRepository(context.db).findExpo(exhibitor.expoId);
  const edition = expo && (await findEdition(context, expo.editionId));
  if (edition?.status !== 'published') return;
  const countryOf = await countryOfProvince(context);
  await indexDocuments(context, [exhibitorDocument(exhibitor, countryOf(exhibitor.provinceId))]);
}

/** The exhibitors of the edition's expos, as search finds them. */
async function editionExhibitorDocuments(context: RequestContext, editionId: string): Promise<SearchDocumentInput[]> {
  const countryOf = await countryOfProvince(context);
  const repo = createExhibitorsRepository(context.db);
  const documents: SearchDocumentInput[] = [];
  for (const expo of (await getEdition(context, editionId)).expos) {
    const exhibitors = await repo.listAll(expo.id);
    documents.push(...exhibitors.map((exhibitor) => exhibitorDocument(exhibitor, countryOf(exhibitor.provinceId))));
  }
  return documents;
}

/** Expo's step of publishing an edition: the exhibitors entered while it was a draft become findable. */
export async function indexEditionExhibitors(context: WriteContext, edition: Edition): Promise<void> {
  await indexDocuments(context, await editionExhibitorDocuments(context, edition.id));
}

export const exhibitorDocuments: DocumentSource = {
  type: 'exhibitor',
  listDocuments: async (context) => {
    const documents: SearchDocumentInput[] = [];
    for (const edition of await listPublishedEditions(context)) {
      documents.push(...(await editionExhibitorDocuments(context, edition.id)));
    }
    return documents;
  },
};
