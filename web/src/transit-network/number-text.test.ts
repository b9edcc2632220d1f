import { describe, expect, it } from 'vitest';
import { readNumber, readRequiredNumber } from './number-text.ts';

describe('numbers typed into the forms', () => {
  it('reads Persian digits and the Persian decimal separator', () => {
    expect(readNumber('۱۲٫۵')).toBe(12.5);
  });

  it('reads Arabic-Indic digits', () => {
    expect(readNumber('٤٥')).toBe(45);
  });

  it('reads a blank field as no number rather than zero', () => {
    expect(readNumber('  ')).toBeNull();
  });

  it('reads text that is no number as no number', () => {
    expect(readNumber('fast')).toBeNull();
  });

  it('sends a number that must be there but is not as null, for the server to name the field', () => {
    expect(readRequiredNumber('۴۵')).toBe(45);
    expect(JSON.stringify({ value: readRequiredNumber(' '), other: readRequiredNumber('fast') })).toBe(
      '{"value":null,"other":null}',
    );
  });
});
