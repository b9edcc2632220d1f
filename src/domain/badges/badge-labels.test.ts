import { describe, expect, it } from 'vitest';
import { editionNameFor } from './badge-labels.ts';

const name = { fa: 'دومین اجلاس استانداران', en: 'Second summit of governors', ru: 'Второй саммит губернаторов' };

describe('the edition name on a badge', () => {
  it('is in the language of the holder’s name', () => {
    expect(editionNameFor(name, { nameLanguage: 'ru', languages: ['en'] })).toBe('Второй саммит губернаторов');
    expect(editionNameFor(name, { nameLanguage: 'fa', languages: [] })).toBe('دومین اجلاس استانداران');
  });

  it('falls back to a language the holder speaks before English', () => {
    expect(editionNameFor(name, { nameLanguage: 'kk', languages: ['ru', 'en'] })).toBe('Второй саммит губернаторов');
    expect(editionNameFor(name, { nameLanguage: 'tk', languages: [] })).toBe('Second summit of governors');
  });

  it('takes whatever name there is when none of those languages has one', () => {
    expect(editionNameFor({ az: 'İkinci sammit' }, { nameLanguage: 'tk', languages: ['ru'] })).toBe('İkinci sammit');
  });
});
