import { describe, expect, it } from 'vitest';
import { emptyPersonDraft, toMemberRequest, toRegistrationRequest } from './person-draft.ts';

describe('a registration draft as sent', () => {
  it('sends empty optional fields as null and no passport data unless a letter is asked for', () => {
    const draft = {
      ...emptyPersonDraft('fa', 'guest'),
      nameNative: 'نیما',
      nameLatin: 'Nima',
      countryCode: 'IR',
      email: ' nima@example.org ',
      passportNumber: 'X123456',
    };
    expect(toRegistrationRequest(draft)).toMatchObject({
      role: 'guest',
      provinceId: null,
      position: null,
      phone: null,
      email: 'nima@example.org',
      languages: ['fa'],
      visaLetter: null,
    });
  });

  it('sends the passport data when a letter is asked for, and no province from a delegation office', () => {
    const draft = {
      ...emptyPersonDraft('ru', 'member'),
      provinceId: 'astrakhan',
      wantsVisaLetter: true,
      fullNameInPassport: 'IVAN',
      passportNumber: ' AB12345 ',
      nationality: 'RU',
      dateOfBirth: '1980-01-01',
      passportExpiresOn: '2030-01-01',
    };
    const request = toMemberRequest(draft);
    expect(request.visaLetter).toEqual({
      fullNameInPassport: 'IVAN',
      passportNumber: 'AB12345',
      nationality: 'RU',
      dateOfBirth: '1980-01-01',
      passportExpiresOn: '2030-01-01',
    });
    expect(request).not.toHaveProperty('provinceId');
  });
});
