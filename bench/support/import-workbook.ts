import { CATALOGUE_COLUMNS, itemToRow } from '../../src/domain/catalogue/catalogue-columns.ts';
import { CURRENCIES, QUANTITY_PERIODS, QUANTITY_UNITS, type ItemContent } from '../../src/domain/catalogue/model.ts';
import { writeSheet } from '../../src/domain/catalogue/transfer-files.ts';
import type { Locale } from '../../src/platform/i18n/locales.ts';
import { loadSeedData, loadTaxonomySeed } from '../../seed/seed-database.ts';
import { seededRandom } from '../../src/platform/random/seeded-random.ts';

const LANGUAGE_OF_COUNTRY: Record<string, Locale> = { IR: 'fa', RU: 'ru', AZ: 'az', KZ: 'kk', TM: 'tk' };

/** A title and a description per language, in its own script, so that text is as heavy as real text. */
const WORDING: Record<Locale, { title: string; description: string }> = {
  fa: {
    title: 'عرضه محصول شماره',
    description: 'این پیشنهاد برای همکاری با استان‌های حاشیه خزر است و تحویل در بندر انجام می‌شود.',
  },
  ru: {
    title: 'Поставка продукции №',
    description: 'Предложение для сотрудничества с прикаспийскими регионами, поставка через морской порт.',
  },
  en: {
    title: 'Supply of goods no.',
    description: 'An offer for cooperation with the Caspian provinces, delivered through the nearest port.',
  },
  az: {
    title: 'Məhsul tədarükü №',
    description: 'Xəzəryanı bölgələrlə əməkdaşlıq üçün təklif, çatdırılma dəniz limanı vasitəsilədir.',
  },
  kk: {
    title: 'Өнім жеткізу №',
    description: 'Каспий маңы өңірлерімен ынтымақтастыққа арналған ұсыныс, жеткізу теңіз порты арқылы.',
  },
  tk: {
    title: 'Önüm üpjünçiligi №',
    description: 'Hazar kenaryndaky sebitler bilen hyzmatdaşlyk üçin teklip, eltip bermek deňiz porty arkaly.',
  },
};

function pick<T>(random: () => number, values: readonly T[]): T {
  return values[Math.floor(random() * values.length)]!;
}

/** `count` valid items, spread over the twelve provinces, with real (active) taxonomy codes. */
export function generateItems(count: number, seed: number): ItemContent[] {
  const random = seededRandom(seed);
  const provinces = loadSeedData().provinceRows.map((province) => ({
    id: province.id,
    language: LANGUAGE_OF_COUNTRY[province.countryCode] ?? 'en',
  }));
  const codes = loadTaxonomySeed(new Date(0)).map((node) => node.code);
  return Array.from({ length: count }, (_, index) => {
    const province = provinces[index % provinces.length]!;
    const language = province.language;
    const from = new Date(Date.UTC(2025, 10, 18) + Math.floor(random() * 365) * 86_400_000);
    const min = Math.round(random() * 100_000);
    return {
      kind: random() < 0.5 ? 'offer' : 'need',
      provinceId: province.id,
      organisation:
        random() < 0.6 ? { name: `${WORDING[language].title.split(' ')[0]} ${index}`, type: 'company' } : null,
      language,
      title: {
        [language]: `${WORDING[language].title} ${index + 1}`,
        ...(language !== 'en' && random() < 0.5 ? { en: `${WORDING.en.title} ${index + 1}` } : {}),
      },
      description: { [language]: WORDING[language].description },
      taxonomyCodes: [pick(random, codes), ...(random() < 0.3 ? [pick(random, codes)] : [])].filter(
        (code, position, all) => all.indexOf(code) === position,
      ),
      hsCodes: random() < 0.5 ? [String(10 + Math.floor(random() * 80))] : [],
      quantity:
        random() < 0.8
          ? {
              amount: Math.round(random() * 10_000),
              unit: pick(random, QUANTITY_UNITS),
              period: pick(random, QUANTITY_PERIODS),
            }
          : null,
      value:
        random() < 0.6 ? { min, max: min + Math.round(random() * 50_000), currency: pick(random, CURRENCIES) } : null,
      seasonMonths: random() < 0.3 ? [3, 4, 5] : [],
      validFrom: from.toISOString().slice(0, 10),
      validUntil: new Date(from.getTime() + 180 * 86_400_000).toISOString().slice(0, 10),
      contactLanguages: [language, 'en'].filter(
        (locale, position, all) => all.indexOf(locale) === position,
      ) as Locale[],
    };
  });
}

/** The items as the XLSX file a user would upload: the export's columns, no ids. */
export function writeImportWorkbook(items: readonly ItemContent[]): Promise<Buffer> {
  return writeSheet(
    'xlsx',
    CATALOGUE_COLUMNS,
    items.map((item) => {
      const row = itemToRow(item);
      return CATALOGUE_COLUMNS.map((column) => row[column]);
    }),
  );
}
