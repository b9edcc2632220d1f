import type { MemberRequest, ParticipantRole, RegistrationRequest } from '../api/types.ts';
import type { Locale } from '../i18n/locales.ts';

/** A registration form as typed: every field a string until it is sent. */
export type PersonDraft = {
  role: ParticipantRole;
  provinceId: string;
  nameNative: string;
  nameLatin: string;
  nameLanguage: Locale;
  position: string;
  organisation: string;
  countryCode: string;
  email: string;
  phone: string;
  languages: Locale[];
  wantsVisaLetter: boolean;
  fullNameInPassport: string;
  passportNumber: string;
  nationality: string;
  dateOfBirth: string;
  passportExpiresOn: string;
};

export function emptyPersonDraft(locale: Locale, role: ParticipantRole): PersonDraft {
  return {
    role,
    provinceId: '',
    nameNative: '',
    nameLatin: '',
    nameLanguage: locale,
    position: '',
    organisation: '',
    countryCode: '',
    email: '',
    phone: '',
    languages: [locale],
    wantsVisaLetter: false,
    fullNameInPassport: '',
    passportNumber: '',
    nationality: '',
    dateOfBirth: '',
    passportExpiresOn: '',
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** The body of a delegation office's member registration; the province comes from the delegation. */
export function toMemberRequest(draft: PersonDraft): MemberRequest {
  return {
    role: draft.role,
    nameNative: draft.nameNative,
    nameLatin: draft.nameLatin,
    nameLanguage: draft.nameLanguage,
    position: orNull(draft.position),
    organisation: orNull(draft.organisation),
    countryCode: draft.countryCode,
    email: draft.email.trim(),
    phone: orNull(draft.phone),
    languages: draft.languages,
    visaLetter: draft.wantsVisaLetter
      ? {
          fullNameInPassport: draft.fullNameInPassport,
          passportNumber: draft.passportNumber.trim(),
          nationality: draft.nationality,
          dateOfBirth: draft.dateOfBirth,
          passportExpiresOn: draft.passportExpiresOn,
        }
      : null,
  };
}

export function toRegistrationRequest(draft: PersonDraft): RegistrationRequest {
  return { ...toMemberRequest(draft), role: draft.role, provinceId: orNull(draft.provinceId) };
}

/** Countries a summit participant most often comes from: the five Caspian states first, then neighbours and partners. */
export const COUNTRY_CODES = [
  'IR',
  'RU',
  'AZ',
  'KZ',
  'TM',
  'AF',
  'AM',
  'BY',
  'CN',
  'DE',
  'FR',
  'GB',
  'GE',
  'IN',
  'IQ',
  'IT',
  'KG',
  'OM',
  'PK',
  'QA',
  'SA',
  'TJ',
  'TR',
  'AE',
  'UA',
  'US',
  'UZ',
];
