import { describe, expect, it } from 'vitest';
import { needsInterpreter, personLabel } from './meeting-format.ts';

describe('meeting labels', () => {
  const governor = { nameNative: 'علی رحمانی', nameLatin: 'Ali Rahmani' };
  const mayor = { nameNative: 'Игорь Бабушкин', nameLatin: 'Igor Babushkin' };

  it('names a person in their own script for a reader of that script, in Latin letters otherwise', () => {
    expect(personLabel(governor, 'fa')).toBe('علی رحمانی');
    expect(personLabel(governor, 'ru')).toBe('Ali Rahmani');
    expect(personLabel(mayor, 'kk')).toBe('Игорь Бабушкин');
    expect(personLabel(mayor, 'az')).toBe('Igor Babushkin');
  });

  it('asks for an interpreter only when the sides share no language', () => {
    expect(needsInterpreter(['fa'], ['ru'])).toBe(true);
    expect(needsInterpreter(['fa', 'en'], ['ru', 'en'])).toBe(false);
  });
});
