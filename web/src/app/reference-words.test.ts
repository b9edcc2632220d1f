import { describe, expect, it } from 'vitest';
import { withReferenceWords } from './reference-words.ts';

describe('notes and sources that cite the reference files', () => {
  it('name the corridor and ports data instead of their repository paths', () => {
    expect(withReferenceWords('seed/reference/corridor.json (sea edges’ notes)')).toBe(
      'the corridor reference data (sea edges’ notes)',
    );
    expect(withReferenceWords('Added by the team: Aktau is rail-served (ports.json); distance estimated.')).toBe(
      'Added by the team: Aktau is rail-served (the ports reference data); distance estimated.',
    );
    expect(withReferenceWords('seed/transit/additions.json')).toBe('the reference data');
  });

  it('say what a raw field name stands for', () => {
    expect(withReferenceWords('Use great_circle_nm only as a lower-bound estimate')).toBe(
      'Use the great-circle distance only as a lower-bound estimate',
    );
  });

  it('leave web addresses and other text alone', () => {
    const text = 'https://example.org/report.json?x=1 (Iran section 88 km)';
    expect(withReferenceWords('Iran section 88 km')).toBe('Iran section 88 km');
    expect(withReferenceWords(text)).toBe(text);
  });
});
