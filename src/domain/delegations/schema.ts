import { z } from 'zod';
import { LocaleSchema } from '../../platform/i18n/localized-text.ts';
import {
  DELEGATION_ROLES,
  PARTICIPANT_ROLES,
  PARTICIPANT_STATUSES,
  PUBLIC_ROLES,
  REGISTRATION_SEARCH_MAX_LENGTH,
} from './model.ts';
import { needsProvince } from './rules.ts';

const DelegationRole = z.enum(DELEGATION_ROLES);

const IsoDate = z.iso
  .date()
  .refine((date) => date >= '1900-01-01' && date <= '2999-12-31', { params: { code: 'date_out_of_range' } });
const CountryCode = z
  .string()
  .regex(/^[A-Z]{2}$/)
  .describe('ISO 3166-1 alpha-2 country code, e.g. IR');
const ProvinceIdSchema = z.string().min(1).max(64).describe('Province id, e.g. gilan');
const Text = (max: number) => z.string().trim().min(1).max(max);
// Letters of the Latin script (with their accents), spaces and the marks names carry.
const LATIN_NAME = /^[\p{Script=Latin}\p{M}' .-]+$/u;

export const VisaLetterRequestBody = z
  .object({
    fullNameInPassport: Text(200).describe('Full name exactly as printed in the passport'),
    passportNumber: z
      .string()
      .regex(/^[A-Za-z0-9]{5,20}$/)
      .describe('Passport number, letters and digits only'),
    nationality: CountryCode.describe('Nationality as an ISO 3166-1 alpha-2 code'),
    dateOfBirth: IsoDate.describe('Date of birth (YYYY-MM-DD)'),
    passportExpiresOn: IsoDate.describe('Passport expiry date (YYYY-MM-DD)'),
  })
  .strict()
  .describe('Passport data for a visa invitation letter; seen by the secretariat only and deleted after the edition');

const PersonFields = {
  nameNative: Text(200).describe('Name in its own script, as its owner writes it'),
  nameLatin: Text(200)
    .refine((name) => LATIN_NAME.test(name), { params: { code: 'latin_letters_only' } })
    .describe('The same name in Latin letters, for badges and lists'),
  nameLanguage: LocaleSchema.describe('Language the native name is written in'),
  position: Text(200).nullable().optional().describe('Position or title'),
  organisation: Text(200).nullable().optional().describe('Organisation the person represents'),
  countryCode: CountryCode,
  email: z.email().max(254).describe('E-mail address; one live registration per address and edition'),
  phone: z
    .string()
    .regex(/^\+?[0-9 ()-]{5,30}$/)
    .nullable()
    .optional()
    .describe('Phone number, digits with an optional leading +'),
  languages: z.array(LocaleSchema).min(1).max(6).describe('Languages the person speaks, of the platform six'),
  visaLetter: VisaLetterRequestBody.nullable().optional(),
};

export const RegistrationRequest = z
  .object({
    role: z
      .enum(PUBLIC_ROLES)
      .describe('Role at the summit; head, member and interpreter travel with their province delegation, press may'),
    provinceId: ProvinceIdSchema.nullable()
      .optional()
      .describe('Province whose delegation the person joins; required for head, member and interpreter'),
    ...PersonFields,
  })
  .strict()
  .superRefine((body, context) => {
    if (needsProvince(body.role) && !body.provinceId)
      context.addIssue({
        code: 'custom',
        path: ['provinceId'],
        params: { code: 'province_required' },
        message: 'province_required',
      });
    if ((body.role === 'exhibitor' || body.role === 'buyer') && !body.organisation) {
      context.addIssue({
        code: 'custom',
        path: ['organisation'],
        params: { code: 'organisation_required' },
        message: 'organisation_required',
      });
    }
  })
  .describe('A registration for an edition, sent by the person themselves');
export type RegistrationRequest = z.output<typeof RegistrationRequest>;

export const MemberRequest = z
  .object({ role: DelegationRole.describe('Role in the delegation'), ...PersonFields })
  .strict()
  .describe("A member registered by their delegation's office");
export type MemberRequest = z.output<typeof MemberRequest>;

export const DecisionRequest = z
  .object({
    decision: z.enum(['approve', 'reject']).describe('Approve or reject the pending registration'),
    reason: z
      .string()
      .trim()
      .max(1000)
      .nullable()
      .optional()
      .describe('Why; required when rejecting, shown to the secretariat'),
  })
  .strict()
  .superRefine((body, context) => {
    if (body.decision === 'reject' && !body.reason)
      context.addIssue({ code: 'custom', path: ['reason'], params: { code: 'required' }, message: 'required' });
  });

const Limit = z.number().int().min(0).max(500);
export const RoleLimitsSchema = z
  .object(
    Object.fromEntries(
      DELEGATION_ROLES.map((role) => [role, Limit.optional().describe(`Most people with the role ${role}`)]),
    ) as Record<'head' | 'member' | 'interpreter' | 'press', z.ZodOptional<typeof Limit>>,
  )
  .strict()
  .describe('Most people per role; a role left out is limited by the total only');

export const DelegationLimitsRequest = z
  .object({
    memberLimit: Limit.describe('Most people the delegation may bring in total'),
    roleLimits: RoleLimitsSchema,
  })
  .strict();

export const EditionIdParam = z.object({ editionId: z.string().min(1).max(128).describe('Edition id') }).strict();
export const DelegationIdParam = z.object({ id: z.uuid().describe('Delegation id') }).strict();
export const ParticipantIdParam = z.object({ id: z.uuid().describe('Participant (registration) id') }).strict();

export const RegistrationQuery = z
  .object({
    status: z.enum(PARTICIPANT_STATUSES).optional().describe('Only registrations with this status'),
    role: z.enum(PARTICIPANT_ROLES).optional().describe('Only this role'),
    provinceId: ProvinceIdSchema.optional(),
    countryCode: CountryCode.optional(),
    text: z
      .string()
      .trim()
      .min(1)
      .max(REGISTRATION_SEARCH_MAX_LENGTH)
      .optional()
      .describe('Part of a name, e-mail or organisation'),
  })
  .strict();
export type RegistrationQuery = z.output<typeof RegistrationQuery>;

const RoleCountsView = z.record(z.string(), z.number().int()).describe('People per role');

export const DelegationSummaryView = z
  .object({
    id: z.uuid().describe('Delegation id'),
    editionId: z.string().describe('Edition id'),
    provinceId: z.string().describe('Province id'),
    memberLimit: z.number().int().describe('Most people in total'),
    roleLimits: RoleCountsView.describe('Most people per role'),
    approved: RoleCountsView.describe('Approved people per role'),
    approvedTotal: z.number().int().describe('Approved people in total'),
    placesLeft: z
      .number()
      .int()
      .describe(
        'Places not yet taken by approved registrations or pending ones entered by the delegation office; public registrations wait for approval without taking one',
      ),
  })
  .describe('A delegation as the public sees it');

export const PublicRegistrationView = z
  .object({
    id: z.uuid().describe('Registration id'),
    editionId: z.string().describe('Edition id'),
    role: z.enum(PARTICIPANT_ROLES).describe('Role'),
    status: z.enum(PARTICIPANT_STATUSES).describe('Always pending: the secretariat decides'),
    nameNative: z.string().describe('Name in its own script'),
    nameLatin: z.string().describe('Name in Latin letters'),
    delegationId: z.uuid().nullable().describe('Delegation joined, if any'),
    visaLetterRequested: z
      .boolean()
      .describe('Whether a visa letter was requested (the passport data is never returned)'),
  })
  .describe('What the form gets back: no contact or passport data');

export const RegistrationView = z
  .object({
    id: z.uuid().describe('Registration id'),
    editionId: z.string().describe('Edition id'),
    delegationId: z.uuid().nullable().describe('Delegation, if any'),
    role: z.enum(PARTICIPANT_ROLES).describe('Role'),
    nameNative: z.string().describe('Name in its own script'),
    nameLatin: z.string().describe('Name in Latin letters'),
    nameLanguage: LocaleSchema.describe('Language of the native name'),
    position: z.string().nullable().describe('Position'),
    organisation: z.string().nullable().describe('Organisation'),
    countryCode: z.string().describe('Country code'),
    provinceId: z.string().nullable().describe('Province'),
    email: z.string().nullable().describe('E-mail'),
    phone: z.string().nullable().describe('Phone'),
    languages: z.array(LocaleSchema).describe('Languages spoken'),
    status: z.enum(PARTICIPANT_STATUSES).describe('Status'),
    decisionReason: z.string().nullable().describe('Reason given with the decision'),
    createdAt: z.iso.datetime().describe('When registered (UTC)'),
    decidedAt: z.iso.datetime().nullable().describe('When decided (UTC)'),
    visaLetterRequested: z.boolean().describe('Whether passport data for a visa letter is on file'),
    isDemo: z.boolean().describe('Invented demo person'),
  })
  .describe('A registration as the secretariat and its delegation office see it');

export const DelegationDetailView = DelegationSummaryView.extend({
  members: z.array(RegistrationView).describe('Everyone registered with the delegation'),
});

export const VisaLetterView = z
  .object({
    participantId: z.uuid().describe('Registration id'),
    nameLatin: z.string().describe('Name in Latin letters'),
    role: z.enum(PARTICIPANT_ROLES).describe('Role'),
    status: z.enum(PARTICIPANT_STATUSES).describe('Registration status'),
    provinceId: z.string().nullable().describe('Province'),
    fullNameInPassport: z.string().describe('Name as in the passport'),
    passportNumber: z.string().describe('Passport number'),
    nationality: z.string().describe('Nationality'),
    dateOfBirth: z.string().describe('Date of birth'),
    passportExpiresOn: z.string().describe('Passport expiry'),
    requestedAt: z.iso.datetime().describe('When requested (UTC)'),
  })
  .describe('A visa letter request; visa.read only');
