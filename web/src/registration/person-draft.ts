import type { paths } from '../../generated/api-types.ts';
import type { ParticipantRole } from '../api/types.ts';
import type { Locale } from '../i18n/locales.ts';

/** A delegation office's registration of one of its people, as the server's schema says. */
export type MemberRequest =
  paths['/api/delegations/{id}/members']['post']['requestBody']['content']['application/json'];
/** A registration through the public form, as the server's schema says. */
export type RegistrationRequest =
  paths['/api/editions/{editionId}/registrations']['post']['requestBody']['content']['application/json'];
/** The roles a delegation office registers its people in. */
export type DelegationRole = MemberRequest['role'];
/** The roles open to the public form (moderators are invited by the programme team). */
export type PublicRole = RegistrationRequest['role'];

/** A registration form as typed: every field a string until it is sent; `Role` is the roles the form offers. */
export type PersonDraft<Role extends ParticipantRole = ParticipantRole> = {
  role: Role;
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

export function emptyPersonDraft<Role extends ParticipantRole>(locale: Locale, role: Role): PersonDraft<Role> {
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

/** The paths of the server's answer that PersonFields shows beside its inputs. */
export const PERSON_FIELD_PATHS = [
  'nameNative',
  'nameLanguage',
  'nameLatin',
  'position',
  'organisation',
  'countryCode',
  'email',
  'phone',
  'languages',
  'visaLetter.fullNameInPassport',
  'visaLetter.passportNumber',
  'visaLetter.nationality',
  'visaLetter.dateOfBirth',
  'visaLetter.passportExpiresOn',
] as const;

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** Who the person is, as sent in both kinds of registration. */
function personRequest(draft: PersonDraft): Omit<MemberRequest, 'role'> {
  return {
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

/** The body of a delegation office's member registration; the province comes from the delegation. */
export function toMemberRequest(draft: PersonDraft<DelegationRole>): MemberRequest {
  return { role: draft.role, ...personRequest(draft) };
}

export function toRegistrationRequest(draft: PersonDraft<PublicRole>): RegistrationRequest {
  return { role: draft.role, ...personRequest(draft), provinceId: orNull(draft.provinceId) };
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
