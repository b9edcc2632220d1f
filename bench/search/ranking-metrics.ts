import type { Locale } from '../../src/platform/i18n/locales.ts';

/**
 * Ranking quality with binary relevance: hit@10 (a relevant item among the first ten),
 * precision@5 (the share of the first five that are relevant) and nDCG@10 (DCG with gain 1 and
 * discount log2(rank + 1), over the DCG of the ideal ranking of the query's relevant items).
 */
export type QueryScores = { hitAt10: number; precisionAt5: number; ndcgAt10: number };

export function scoreRanking(ranked: readonly string[], relevant: ReadonlySet<string>): QueryScores {
  const top = ranked.slice(0, 10);
  const dcg = top.reduce((sum, id, index) => sum + (relevant.has(id) ? 1 / Math.log2(index + 2) : 0), 0);
  const ideal = Array.from({ length: Math.min(10, relevant.size) }, (_, index) => 1 / Math.log2(index + 2));
  const idealDcg = ideal.reduce((sum, gain) => sum + gain, 0);
  return {
    hitAt10: top.some((id) => relevant.has(id)) ? 1 : 0,
    precisionAt5: ranked.slice(0, 5).filter((id) => relevant.has(id)).length / 5,
    ndcgAt10: idealDcg === 0 ? 0 : dcg / idealDcg,
  };
}

export type ScoredQuery = { language: Locale; scores: QueryScores };
export type QualityRow = { language: Locale | 'all'; queries: number } & QueryScores;

/** Means over the queries of each language, and over all queries (each query counts once). */
export function summariseQuality(scored: readonly ScoredQuery[], languages: readonly Locale[]): QualityRow[] {
  const rowOf = (language: Locale | 'all', group: readonly ScoredQuery[]): QualityRow => {
    const mean = (pick: (scores: QueryScores) => number) =>
      group.length === 0 ? 0 : group.reduce((sum, query) => sum + pick(query.scores), 0) / group.length;
    return {
      language,
      queries: group.length,
      hitAt10: round(mean((scores) => scores.hitAt10)),
      precisionAt5: round(mean((scores) => scores.precisionAt5)),
      ndcgAt10: round(mean((scores) => scores.ndcgAt10)),
    };
  };
  return [
    ...languages.map((language) =>
      rowOf(
        language,
        scored.filter((query) => query.language === language),
      ),
    ),
    rowOf('all', scored),
  ];
}

export const percentile = (values: readonly number[], share: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? 0;
};

export const round = (value: number, digits = 3) => Number(value.toFixed(digits)) || 0;
