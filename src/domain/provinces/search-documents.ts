import { type LocalizedText, textIn } from '../../platform/i18n/localized-text.ts';
import { LOCALES } from '../../platform/i18n/locales.ts';
import type { DocumentSource } from '../search/index-documents.ts';
import type { SearchDocumentInput } from '../search/model.ts';
import type { Province } from './model.ts';
import { createProvincesRepository } from './repository.ts';

/** The overview and the profile's sections, one text per language. */
function profileText(province: Province): LocalizedText {
  const parts = [province.overview, ...Object.values(province.sections)];
  return Object.fromEntries(
    LOCALES.flatMap((language) => {
      const text = parts
        .map((part) => part?.[language] ?? '')
        .filter(Boolean)
        .join('\n\n');
      return text ? [[language, text]] : [];
    }),
  );
}

/** A province's profile as search finds it: by its names, its capital, its profile and its sectors. */
export function provinceDocument(province: Province): SearchDocumentInput {
  return {
    type: 'province',
    id: province.id,
    language: province.names.en ? 'en' : (LOCALES.find((language) => province.names[language]) ?? 'en'),
    title: province.names,
    body: profileText(province),
    extraTerms: [
      ...Object.values(province.capital).filter((name): name is string => Boolean(name)),
      ...province.economicSectors.map((sector) => sector.replace(/[:_]/g, ' ')),
      textIn(province.names, 'en'),
    ],
    kind: null,
    countryCode: province.countryCode,
    provinceId: province.id,
    taxonomyCodes: [],
    hsCodes: [],
    path: `/provinces/${province.id}`,
    isDemo: false,
    updatedAt: province.updatedAt,
  };
}

export const provinceDocuments: DocumentSource = {
  type: 'province',
  listDocuments: async (context) => {
    const repo = createProvincesRepository(context.db);
    const provinces = [];
    for (const summary of await repo.listSummaries()) {
      const province = await repo.find(summary.id);
      if (province) provinces.push(provinceDocument(province));
    }
    return provinces;
  },
};
