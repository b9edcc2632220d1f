import { describe, expect, it } from 'vitest';
import type { TaxonomyNode } from './model.ts';
import { applyTaxonomyChanges, checkNewNode, codesAffectedByRetirement, parentCodeOf } from './rules.ts';

const now = new Date('2025-11-18T09:00:00Z');
const node = (code: string, extra: Partial<TaxonomyNode> = {}): TaxonomyNode => ({
  code,
  parentCode: parentCodeOf(code),
  labels: { en: code },
  labelsToReview: [],
  hsCodes: [],
  isicCodes: [],
  panelRef: null,
  position: 1,
  retiredAt: null,
  updatedAt: now,
  ...extra,
});
const existing = new Map(
  [node('energy'), node('energy.electricity'), node('culture_sport', { retiredAt: now })].map((entry) => [
    entry.code,
    entry,
  ]),
);
const fresh = (code: string) => ({
  code,
  parentCode: parentCodeOf(code),
  labels: { en: code },
  hsCodes: [],
  isicCodes: [],
});

describe('adding a node', () => {
  it('accepts a new subcategory of an active sector', () => {
    expect(checkNewNode(fresh('energy.solar'), existing)).toEqual({ ok: true });
  });

  it('refuses a code in use', () => {
    expect(checkNewNode(fresh('energy.electricity'), existing)).toEqual({ ok: false, code: 'taxonomy_code_taken' });
  });

  it('refuses a subcategory of an unknown or a retired sector', () => {
    expect(checkNewNode(fresh('space.satellites'), existing)).toEqual({ ok: false, code: 'taxonomy_parent_not_found' });
    expect(checkNewNode(fresh('culture_sport.chess'), existing)).toEqual({
      ok: false,
      code: 'taxonomy_parent_retired',
    });
  });

  it('refuses a parent that does not match the code', () => {
    expect(checkNewNode({ ...fresh('energy.solar'), parentCode: 'culture_sport' }, existing)).toEqual({
      ok: false,
      code: 'taxonomy_parent_mismatch',
    });
  });
});

describe('changing a node', () => {
  const reviewed = node('fisheries', { labels: { en: 'Fisheries', tk: 'Balykçylyk' }, labelsToReview: ['az', 'tk'] });

  it('renames one language and keeps the others', () => {
    expect(applyTaxonomyChanges(reviewed, { labels: { tk: 'Balyk tutmak' } }, now).labels).toEqual({
      en: 'Fisheries',
      tk: 'Balyk tutmak',
    });
  });

  it('clears the review flag of a renamed or confirmed language only', () => {
    expect(applyTaxonomyChanges(reviewed, { labels: { tk: 'Balyk tutmak' } }, now).labelsToReview).toEqual(['az']);
    expect(applyTaxonomyChanges(reviewed, { reviewed: ['az'] }, now).labelsToReview).toEqual(['tk']);
  });

  it('removes a label given as an empty string', () => {
    expect(applyTaxonomyChanges(reviewed, { labels: { tk: ' ' } }, now).labels).toEqual({ en: 'Fisheries' });
  });

  it('keeps the first retirement date when retired twice, and clears it when brought back', () => {
    const retired = applyTaxonomyChanges(reviewed, { retired: true }, now);
    expect(applyTaxonomyChanges(retired, { retired: true }, new Date('2026-01-01')).retiredAt).toEqual(now);
    expect(applyTaxonomyChanges(retired, { retired: false }, now).retiredAt).toBeNull();
  });

  it('retires a sector with all its subcategories', () => {
    expect(codesAffectedByRetirement('energy', [...existing.values()]).sort()).toEqual([
      'energy',
      'energy.electricity',
    ]);
  });
});
