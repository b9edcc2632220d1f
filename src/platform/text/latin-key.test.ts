import { describe, expect, it } from 'vitest';
import { latinKey } from './latin-key.ts';
import { normaliseText } from './normalise-text.ts';

describe('normaliseText', () => {
  it('writes Arabic letter forms as the Persian ones and drops diacritics, tatweel and joiners', () => {
    expect(normaliseText('كيك')).toBe(normaliseText('کیک'));
    expect(normaliseText('خاوِیار')).toBe('خاویار');
    expect(normaliseText('خاویـــار')).toBe('خاویار');
    expect(normaliseText('می‌شود')).toBe('می شود');
  });

  it('writes Persian and Arabic-Indic digits as ASCII ones', () => {
    expect(normaliseText('۱۴۰۴ و ١٤٠٤')).toBe('1404 و 1404');
  });

  it('folds ё into е and case into lower case, and collapses white space', () => {
    expect(normaliseText('  Осётр\n ИКРА ')).toBe('осетр икра');
  });
});

describe('latinKey', () => {
  it('brings the Cyrillic and Latin spellings of Türkmenbaşy to one key', () => {
    const keys = ['Түркменбашы', 'Туркменбаши', 'Türkmenbaşy', 'Turkmenbashi'].map(latinKey);
    expect(new Set(keys)).toEqual(new Set(['turkmenbashi']));
  });

  it('meets Kazakh letters with their Latin spellings', () => {
    expect(latinKey('Маңғыстау')).toBe(latinKey('Mangystau'));
    expect(latinKey('Мангистау')).toBe(latinKey('Mangystau'));
  });

  it('treats kh, x and h as one sound, as the region writes Astrakhan and Khazar', () => {
    expect(latinKey('Астрахань')).toBe(latinKey('Astrakhan'));
    expect(latinKey('Xəzər')).toBe(latinKey('Hazar'));
  });

  it('meets Azerbaijani and Turkmen letters with their plain spellings', () => {
    expect(latinKey('Ro-Ro gəmiləri')).toBe(latinKey('ro-ro gamilari'));
    expect(latinKey('Çörek')).toBe('chorek');
    expect(latinKey('Balkan welaýaty')).toBe(latinKey('Balkan velayati'));
  });

  it('meets Azerbaijani written in Cyrillic with its Latin spelling', () => {
    expect(latinKey('дүјү')).toBe(latinKey('düyü'));
    expect(latinKey('чај')).toBe(latinKey('çay'));
    expect(latinKey('ҹәнуб')).toBe(latinKey('cənub'));
  });

  it('writes Persian in Latin letters, as Persian is typed in Latin, with its letter variants met', () => {
    expect(latinKey('خاویار')).toBe(latinKey('khaviar'));
    expect(latinKey('انسولین')).toBe(latinKey('ansulin'));
    expect(latinKey('سردخانه')).toBe('srdhane');
    expect(latinKey('بندر انزلی')).toBe(latinKey('بندر انزلي'));
    expect(latinKey('وام')).toBe('vam');
  });

  it('does not let words that differ in more than spelling meet', () => {
    expect(latinKey('икра')).not.toBe(latinKey('ikea'));
    expect(latinKey('рис')).not.toBe(latinKey('ris rice'));
  });

  it('gives the same key however often it is applied', () => {
    for (const word of ['Түркменбашы', 'Xəzər', 'خاویار', 'Dzhambul']) {
      expect(latinKey(latinKey(word))).toBe(latinKey(word));
    }
  });
});
