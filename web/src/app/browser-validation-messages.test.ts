import { describe, expect, it } from 'vitest';
import translationEn from '../i18n/locales/en.json';
import { browserValidityKey } from './browser-validation-messages.ts';

const validity = (flags: Partial<Record<keyof ValidityState, boolean>>) =>
  ({ valid: false, customError: false, ...flags }) as ValidityState;

const catalogHas = (key: string) => {
  const [section, name] = key.split('.') as [keyof typeof translationEn, string];
  return typeof (translationEn[section] as Record<string, unknown>)[name] === 'string';
};

describe("the browser's own form checks in the catalog's words", () => {
  it('says a required field is empty in words from the catalogs', () => {
    expect(browserValidityKey(validity({ valueMissing: true }))).toBe('formCheck.valueMissing');
  });

  it('has a catalog message for every reason the browser can give', () => {
    const reasons = [
      'typeMismatch',
      'patternMismatch',
      'tooShort',
      'tooLong',
      'rangeUnderflow',
      'rangeOverflow',
      'stepMismatch',
      'badInput',
    ] as const;
    for (const reason of reasons) {
      const key = browserValidityKey(validity({ [reason]: true }));
      expect(key).toBe(`formCheck.${reason}`);
      expect(catalogHas(key!)).toBe(true);
    }
  });

  it('leaves a valid value and a message of our own (a date input’s) alone', () => {
    expect(browserValidityKey(validity({ valid: true }))).toBeNull();
    expect(browserValidityKey(validity({ customError: true, valueMissing: true }))).toBeNull();
  });
});
