import type { WriteContext } from '../../platform/context/request-context.ts';
import type { LocalizedText } from '../../platform/i18n/localized-text.ts';
import { LOCALES } from '../../platform/i18n/locales.ts';
import { countryOfProvince } from '../provinces/service.ts';
import { type DocumentSource, indexDocuments } from '../search/index-documents.ts';
import type { SearchDocumentInput } from '../search/model.ts';
import { createExhibitorsRepository } from './exhibitors-repository.ts';
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

export async function indexExhibitor(context: WriteContext, exhibitor: Exhibitor): Promise<void> {
  const countryOf = await countryOfProvince(context);
  await indexDocuments(context, [exhibitorDocument(exhibitor, countryOf(exhibitor.provinceId))]);
}

export const exhibitorDocuments: DocumentSource = {
  type: 'exhibitor',
  listDocuments: async (context) => {
    const countryOf = await countryOfProvince(context);
    const exhibitors = await createExhibitorsRepository(context.db).listEveryExpo();
    return exhibitors.map((exhibitor) => exhibitorDocument(exhibitor, countryOf(exhibitor.provinceId)));
  },
};
