import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { Actor } from '../../platform/identity/actor.ts';
import { createUser } from '../../platform/testing/factories/users.ts';
import { testContext, writeAs } from '../../platform/testing/test-context.ts';
import { openTestDatabase } from '../../platform/testing/test-database.ts';
import { indexDocuments, removeFromIndex } from './index-documents.ts';
import type { SearchDocumentInput } from './model.ts';
import { search } from './search.ts';
import { searchDocuments } from './tables.ts';
import { EXPANSION_WEIGHT } from './query-expansion.ts';
import { replacePlaceTerms, replaceTaxonomyTerms, replaceThesaurus } from './terms.ts';

const CAVIAR = 'fisheries_aquaculture.caviar_sturgeon_products';
const PORTS = 'transit_logistics.ports_terminals';

let database: DatabaseHandle;
let secretariat: Actor;

const documentOf = (spec: Partial<SearchDocumentInput> & Pick<SearchDocumentInput, 'id' | 'language'>) => ({
  type: 'item' as const,
  title: {},
  body: {},
  extraTerms: [],
  kind: 'offer' as const,
  countryCode: 'IR',
  provinceId: 'gilan',
  taxonomyCodes: [],
  hsCodes: [],
  path: `/catalogue/${spec.id}`,
  isDemo: false,
  updatedAt: new Date('2025-11-01T00:00:00Z'),
  ...spec,
});

beforeAll(async () => {
  database = await openTestDatabase();
  secretariat = await createUser(database.db, { role: 'secretariat_admin' });
  // The seed indexes the demo catalogue; these tests reason about three documents of their own.
  await database.db.delete(searchDocuments);
  await writeAs(database.db, { actor: secretariat }, async (context) => {
    await replaceTaxonomyTerms(context, CAVIAR, [
      { language: 'ru', terms: ['икра', 'осетровая икра', 'осётр'], needsReview: false },
      { language: 'fa', terms: ['خاویار', 'ماهی خاویاری'], needsReview: false },
    ]);
    await replacePlaceTerms(context, 'balkan', [{ text: { en: 'Balkan', ru: 'Балканский велаят' }, weight: 1 }]);
    await indexDocuments(context, [
      documentOf({
        id: 'farmed-caviar',
        language: 'fa',
        title: { fa: 'عرضه خاویار پرورشی گیلان' },
        body: { fa: 'تعاونی ما خاویار پرورشی ماهیان خاویاری را در قوطی‌های ۵۰ گرمی عرضه می‌کند.' },
        taxonomyCodes: [CAVIAR],
        hsCodes: ['1604'],
      }),
      documentOf({
        id: 'turkmenbashy-berths',
        language: 'tk',
        countryCode: 'TM',
        provinceId: 'balkan',
        title: { tk: 'Türkmenbaşy portunda ýük kenarlary' },
        body: { tk: 'Türkmenbaşy halkara deňiz portunda Ro-Ro we konteýner ýükleri üçin kenarlar hödürleýäris.' },
        taxonomyCodes: [PORTS],
      }),
      documentOf({
        id: 'rice-need',
        language: 'ru',
        kind: 'need',
        countryCode: 'RU',
        provinceId: 'astrakhan',
        title: { ru: 'Закупаем рис длиннозёрный' },
        body: { ru: 'Ищем поставщика риса для сети магазинов Астрахани.' },
        taxonomyCodes: ['agriculture_food.rice'],
      }),
    ]);
  });
});
afterAll(() => database.close());

const searchAs = (q: string, extra: Partial<Parameters<typeof search>[1]> = {}) =>
  search(testContext(database.db), { q, lang: 'ru', limit: 10, ...extra });

describe('search across languages and scripts', () => {
  it('finds a Persian caviar offer for a Russian query, reading the query as the caviar concept', async () => {
    const answer = await searchAs('осетровая икра');
    expect(answer.concepts.map((concept) => concept.code)).toContain(CAVIAR);
    const hit = answer.results.find((result) => result.id === 'farmed-caviar');
    expect(hit).toMatchObject({ language: 'fa', url: '/ru/catalogue/farmed-caviar', taxonomyCodes: [CAVIAR] });
    expect(hit!.why.concept).toBeGreaterThan(0.9);
    expect(hit!.why.concepts).toEqual([CAVIAR]);
  });

  it('finds a Russian chess festival for a Persian query through the thesaurus, above a newer sports item', async () => {
    const sport = (id: string, title: string, updatedAt: string) =>
      documentOf({
        id,
        language: 'ru',
        title: { ru: title },
        body: { ru: `${title}: приглашаем команды и тренеров.` },
        provinceId: 'kalmykia',
        taxonomyCodes: ['culture_sport.sport_competitions'],
        updatedAt: new Date(updatedAt),
      });
    const documents = [
      sport('chess-festival', 'Международный шахматный фестиваль в Элисте', '2025-10-01T00:00:00Z'),
      sport('wrestling-camp', 'Сборы по вольной борьбе', '2025-11-01T00:00:00Z'),
    ];
    await writeAs(database.db, { actor: secretariat }, async (context) => {
      await replaceThesaurus(context, [
        {
          id: 'chess',
          lists: [
            { language: 'fa', terms: ['شطرنج'], needsReview: false },
            { language: 'ru', terms: ['шахматы', 'шахматный'], needsReview: false },
          ],
        },
      ]);
      await indexDocuments(context, documents);
    });
    const answer = await searchAs('شطرنج', { lang: 'fa' });
    const [first] = answer.results;
    expect(first).toMatchObject({ id: 'chess-festival', language: 'ru' });
    expect(first!.why.text).toBeCloseTo(EXPANSION_WEIGHT);
    expect(first!.highlights.map(([start, end]) => first!.snippet.slice(start, end))).toEqual(['шахматный']);
    await writeAs(database.db, { actor: secretariat }, (context) =>
      removeFromIndex(
        context,
        'item',
        documents.map((document) => document.id),
      ),
    );
  });

  it('meets a Cyrillic spelling of Türkmenbaşy with the Latin one in the text', async () => {
    const answer = await searchAs('Туркменбаши');
    expect(answer.results.map((result) => result.id)).toEqual(['turkmenbashy-berths']);
    expect(answer.results[0]!.why.text).toBeGreaterThan(0.5);
  });

  it('finds a misspelt word through the words it resembles in the index', async () => {
    const answer = await searchAs('Turkmenbashyy portunda');
    expect(answer.results[0]?.id).toBe('turkmenbashy-berths');
    expect(answer.results[0]!.why.text).toBeGreaterThan(0.5);
  });

  it('ranks a document holding every query word above one holding only some', async () => {
    const answer = await searchAs('Ro-Ro konteýner Türkmenbaşy', { lang: 'tk' });
    const ids = answer.results.map((result) => result.id);
    expect(ids[0]).toBe('turkmenbashy-berths');
    expect(answer.results[0]!.why.text).toBe(1);
  });

  it('applies filters to what the words find, not only to the best of it', async () => {
    const answer = await searchAs('Türkmenbaşy', { kind: 'need' });
    expect(answer.results).toEqual([]);
    const offers = await searchAs('Türkmenbaşy', { kind: 'offer', provinces: ['balkan'] });
    expect(offers.results.map((result) => result.id)).toEqual(['turkmenbashy-berths']);
  });

  it('marks the matching words in the snippet', async () => {
    const [hit] = (await searchAs('Türkmenbaşy')).results;
    const marked = hit!.highlights.map(([start, end]) => hit!.snippet.slice(start, end));
    expect(marked).toEqual(['Türkmenbaşy']);
  });

  it('names a place the query mentions, from the gazetteer, and lifts what lies there', async () => {
    const answer = await searchAs('порт Балканский велаят');
    expect(answer.places).toEqual([expect.objectContaining({ provinceId: 'balkan', name: 'Балканский велаят' })]);
    expect(answer.results[0]?.id).toBe('turkmenbashy-berths');
  });

  it('narrows by facets and counts them', async () => {
    const answer = await searchAs('', { kind: 'need' });
    expect(answer.results.map((result) => result.id)).toEqual(['rice-need']);
    expect(answer.facets.kind).toEqual([{ value: 'need', count: 1 }]);
    expect(answer.facets.province).toEqual([{ value: 'astrakhan', count: 1 }]);
    expect(answer.counted).toEqual({ hits: 1, complete: true });
  });

  it('says when the facets count only the best hits, not all of them', async () => {
    const many = Array.from({ length: 501 }, (_, index) =>
      documentOf({
        id: `bulk-${index}`,
        language: 'en',
        title: { en: `Bulk cement lot ${index}` },
        provinceId: 'dagestan',
      }),
    );
    await writeAs(database.db, { actor: secretariat }, (context) => indexDocuments(context, many));
    const answer = await searchAs('cement', { lang: 'en' });
    expect(answer.counted).toEqual({ hits: 500, complete: false });
    expect(answer.facets.province).toEqual([{ value: 'dagestan', count: 500 }]);
    await writeAs(database.db, { actor: secretariat }, (context) =>
      removeFromIndex(
        context,
        'item',
        many.map((document) => document.id),
      ),
    );
  });
});

describe('search over many documents', () => {
  it('finds the document holding every query word, however many newer documents hold each word alone', async () => {
    const both = documentOf({ id: 'cement-and-gravel', language: 'en', title: { en: 'Cement and gravel' } });
    const alone = (word: string) =>
      Array.from({ length: 1001 }, (_, index) =>
        documentOf({ id: `${word}-${index}`, language: 'en', title: { en: `${word} lot ${index}` } }),
      );
    const newer = [...alone('cement'), ...alone('gravel')];
    await writeAs(database.db, { actor: secretariat }, async (context) => {
      await indexDocuments(context, [both]);
      await indexDocuments(context, newer);
    });
    const answer = await searchAs('cement gravel', { lang: 'en' });
    expect(answer.results[0]).toMatchObject({ id: 'cement-and-gravel', why: expect.objectContaining({ text: 1 }) });
    await writeAs(database.db, { actor: secretariat }, (context) =>
      removeFromIndex(
        context,
        'item',
        [both, ...newer].map((document) => document.id),
      ),
    );
  });

  it('finds an edited document by its new words and concepts only', async () => {
    const rice = documentOf({
      id: 'rice-to-wheat',
      language: 'en',
      title: { en: 'Basmati rice wanted' },
      taxonomyCodes: ['agriculture_food.rice'],
    });
    await writeAs(database.db, { actor: secretariat }, (context) => indexDocuments(context, [rice]));
    const edited = { ...rice, title: { en: 'Durum wheat wanted' }, taxonomyCodes: ['agriculture_food.grain'] };
    await writeAs(database.db, { actor: secretariat }, (context) => indexDocuments(context, [edited]));
    const ids = async (q: string) => (await searchAs(q, { lang: 'en' })).results.map((result) => result.id);
    expect(await ids('basmati')).not.toContain('rice-to-wheat');
    expect(await ids('durum')).toContain('rice-to-wheat');
    const concept = await search(testContext(database.db), { lang: 'en', limit: 10, sector: 'agriculture_food.rice' });
    expect(concept.results.map((result) => result.id)).not.toContain('rice-to-wheat');
    await writeAs(database.db, { actor: secretariat }, (context) => removeFromIndex(context, 'item', [rice.id]));
  });
});

describe("each instance's copy of document facts", () => {
  it('never shows a hit under the id of the document its number belonged to before a restore', async () => {
    const ids = async () => (await searchAs('Туркменбаши')).results.map((result) => result.id);
    expect(await ids()).toEqual(['turkmenbashy-berths']);
    // As a restore --force under a running instance can: the number goes to another document.
    await database.db.execute(sql`update search_documents set id = 'restored-berths', path = '/catalogue/restored-berths'
      where type = 'item' and id = 'turkmenbashy-berths'`);
    expect(await ids()).not.toContain('turkmenbashy-berths');
    expect(await ids()).toEqual(['restored-berths']);
    await database.db.execute(sql`update search_documents set id = 'turkmenbashy-berths',
      path = '/catalogue/turkmenbashy-berths' where type = 'item' and id = 'restored-berths'`);
  });
});

describe('search and bad input', () => {
  it('answers an empty or punctuation-only query with an empty, well-formed result', async () => {
    for (const q of ['', '   ', '!!! ??? ...', '%%%', '___']) {
      const answer = await searchAs(q);
      expect(answer).toMatchObject({ results: [], concepts: [], nextCursor: null });
    }
  });

  it('takes quotes, LIKE wildcards and regular-expression characters as plain text', async () => {
    for (const q of ["' or 1=1 --", 'икра%', 'a_b', '.*[(икра', 'خاویار\\']) {
      await expect(searchAs(q)).resolves.toHaveProperty('results');
    }
  });

  it('pages with a cursor and refuses a cursor from another search', async () => {
    const first = await searchAs('', { kind: 'offer', limit: 1 });
    expect(first.nextCursor).not.toBeNull();
    const second = await searchAs('', { kind: 'offer', limit: 1, cursor: first.nextCursor! });
    expect(second.results[0]?.id).not.toBe(first.results[0]?.id);
    await expect(searchAs('икра', { limit: 1, cursor: first.nextCursor! })).rejects.toThrow(AppError);
    await expect(searchAs('икра', { cursor: 'not-a-cursor' })).rejects.toMatchObject({
      code: 'search_cursor_invalid',
    });
  });
});
