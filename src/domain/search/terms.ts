import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { RequestContext, WriteContext } from '../../platform/context/request-context.ts';
import type { LocalizedText } from '../../platform/i18n/localized-text.ts';
import { LOCALES, type Locale } from '../../platform/i18n/locales.ts';
import { requirePermission } from '../../platform/identity/permissions.ts';
import { getTaxonomyNode } from '../taxonomy/service.ts';
import { createSearchRepository, type TermRow } from './repository.ts';
import { wordKeysOf } from './rules.ts';

/** One language's words for a taxonomy node, and whether a native speaker still has to check them. */
export type TermList = { language: Locale; terms: string[]; needsReview: boolean };

export const taxonomyTarget = (code: string) => `taxonomy:${code}`;
export const placeTarget = (provinceId: string) => `place:${provinceId}`;
export const thesaurusTarget = (groupId: string) => `thesaurus:${groupId}`;

function termRows(target: string, language: Locale, terms: readonly string[], weight: number, needsReview: boolean) {
  return terms.flatMap((term): TermRow[] => {
    const key = wordKeysOf(term).join(' ');
    return key === '' ? [] : [{ target, language, term: term.trim(), key, weight, needsReview }];
  });
}

/** The words a query names a taxonomy node by, per language. */
export async function listTaxonomyTerms(context: RequestContext, code: string): Promise<TermList[]> {
  await getTaxonomyNode(context, code);
  const rows = await createSearchRepository(context.db).listTerms(taxonomyTarget(code));
  return LOCALES.map((language) => {
    const own = rows.filter((row) => row.language === language);
    return { language, terms: own.map((row) => row.term), needsReview: own.some((row) => row.needsReview) };
  });
}

/** The secretariat replaces a node's words; lists of languages left out are emptied. */
export async function replaceTaxonomyTerms(context: WriteContext, code: string, lists: readonly TermList[]) {
  requirePermission(context.actor, 'taxonomy.edit');
  await getTaxonomyNode(context, code);
  const before = await createSearchRepository(context.db).listTerms(taxonomyTarget(code));
  const after = await storeTaxonomyTerms(context, code, lists);
  await recordAudit(context, 'taxonomy.terms', 'taxonomy_node', code, { before, after });
  return listTaxonomyTerms(context, code);
}

/** Stores a node's words as given: for the secretariat's edit above, and for the seed. */
export async function storeTaxonomyTerms(context: WriteContext, code: string, lists: readonly TermList[]) {
  const rows = lists.flatMap((list) => termRows(taxonomyTarget(code), list.language, list.terms, 1, list.needsReview));
  await createSearchRepository(context.db).replaceTerms(taxonomyTarget(code), rows);
  return rows;
}

/**
 * A thesaurus group: the same product, service or problem named in six languages («شطرنج»,
 * «шахматы», "chess"), so a query in one finds documents written in the others.
 */
export type ThesaurusGroup = { id: string; lists: readonly TermList[] };

/** Replaces the whole thesaurus with these groups, in a few statements (it has thousands of words). */
export async function replaceThesaurus(context: WriteContext, groups: readonly ThesaurusGroup[]) {
  const rows = groups.flatMap((group) =>
    group.lists.flatMap((list) => termRows(thesaurusTarget(group.id), list.language, list.terms, 1, list.needsReview)),
  );
  const repo = createSearchRepository(context.db);
  await repo.loadingTermsInBulk(() => repo.replaceTermsOfKind(thesaurusTarget(''), rows));
}

/** For the seed: the taxonomy's words and the gazetteer are thousands of terms too. */
export const loadingTermsInBulk = <T>(context: WriteContext, load: () => Promise<T>) =>
  createSearchRepository(context.db).loadingTermsInBulk(load);

/**
 * A place's names in the gazetteer: "Anzali", «Анзали» and «انزلی» all name Gilan's port. The
 * first name (the province's own) weighs most and is how the place is shown; capitals and ports follow.
 */
export async function replacePlaceTerms(
  context: WriteContext,
  provinceId: string,
  names: readonly { text: LocalizedText; weight: number }[],
): Promise<void> {
  const rows = names.flatMap(({ text, weight }) =>
    Object.entries(text).flatMap(([language, name]) =>
      name ? termRows(placeTarget(provinceId), language as Locale, [name], weight, false) : [],
    ),
  );
  await createSearchRepository(context.db).replaceTerms(placeTarget(provinceId), rows);
}

/** Every term's key computed again from its words, after the spelling key changed. */
export async function rekeyAllTerms(context: WriteContext): Promise<void> {
  const repo = createSearchRepository(context.db);
  const rows = await repo.listAllTerms();
  await repo.replaceAllTerms(
    rows.flatMap((row) => termRows(row.target, row.language, [row.term], row.weight, row.needsReview)),
  );
}
