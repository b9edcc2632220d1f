// The blended score of a search's candidates (see SCORE_WEIGHTS), computed here from the
// documents' facts: a thousand candidates score in well under a millisecond, where scoring them in
// SQL cost an index probe each and half of a search's time.

import type { DocumentFacts } from './document-facts.ts';
import { type ConceptCredit, FRESHNESS_HALF_LIFE_DAYS, weighScore } from './rules.ts';

/** What the query asks of every candidate besides its text score. */
export type CandidateScoring = {
  conceptCredits: readonly ConceptCredit[];
  /** Province id → how sure the query names it. */
  placeWeights: ReadonlyMap<string, number>;
  nowMs: number;
};

/** A candidate's facts with the parts of its score and the blend of them. */
export type ScoredCandidate = {
  facts: DocumentFacts;
  textScore: number;
  conceptScore: number;
  placeScore: number;
  freshness: number;
  score: number;
};

const HALF_LIFE_MS = FRESHNESS_HALF_LIFE_DAYS * 86_400_000;

/**
 * The best `size` candidates, best first; ties go to the newest, then by type and id, so a page
 * boundary falls in the same place on every request. A candidate without facts (deleted since its
 * postings were read) is left out.
 */
export function rankCandidates(
  textScores: ReadonlyMap<number, number>,
  factsOf: (number: number) => DocumentFacts | undefined,
  scoring: CandidateScoring,
  size: number,
): ScoredCandidate[] {
  const scored: ScoredCandidate[] = [];
  for (const [number, textScore] of textScores) {
    const facts = factsOf(number);
    if (facts) scored.push(scoreCandidate(facts, textScore, scoring));
  }
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      b.facts.updatedAtMs - a.facts.updatedAtMs ||
      compareText(a.facts.type, b.facts.type) ||
      compareText(a.facts.id, b.facts.id),
  );
  return scored.length > size ? scored.slice(0, size) : scored;
}

export function scoreCandidate(facts: DocumentFacts, textScore: number, scoring: CandidateScoring): ScoredCandidate {
  const conceptScore = conceptScoreOf(facts.taxonomyCodes, scoring.conceptCredits);
  const placeScore = (facts.provinceId && scoring.placeWeights.get(facts.provinceId)) || 0;
  const freshness = 0.5 ** ((scoring.nowMs - facts.updatedAtMs) / HALF_LIFE_MS);
  const score = weighScore({ text: textScore, concept: conceptScore, place: placeScore, freshness });
  return { facts, textScore, conceptScore, placeScore, freshness, score };
}

/**
 * Half the best single concept's credit, half the share of all the query's concepts the document
 * earns (see `conceptCredits`).
 */
export function conceptScoreOf(codes: readonly string[], credits: readonly ConceptCredit[]): number {
  if (credits.length === 0) return 0;
  let best = 0;
  let earnedSum = 0;
  let total = 0;
  for (const credit of credits) {
    let earned = 0;
    for (const [code, weight] of credit.codes) if (weight > earned && codes.includes(code)) earned = weight;
    best = Math.max(best, earned);
    earnedSum += earned;
    total += credit.confidence;
  }
  return (best + earnedSum / total) / 2;
}

/** Code-point order, as the database's C collation sorts the same keys. */
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
