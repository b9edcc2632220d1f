import { z } from 'zod';
import { LocaleSchema } from '../../platform/i18n/localized-text.ts';
import { ORGANISATION_ROLES, PROVINCE_BOUND_ROLES, ROLES } from '../../platform/identity/roles.ts';
import { INVITE_STATUSES } from './sign-in-rules.ts';

const Email = z.email().max(254).describe('E-mail address, used to sign in');
const Password = z.string().min(12).max(256).describe('Password, at least 12 characters');
const RoleSchema = z.enum(ROLES).describe('Role on the platform');
const ProvinceId = z.string().min(1).max(64).describe('Province id, e.g. gilan');
const Organisation = z.string().trim().min(1).max(200).describe('Organisation the person acts for');

/** The role a user has or an invitation gives, with the province or organisation it is bound to. */
const RoleScope = {
  role: RoleSchema,
  provinceId: z.string().nullable().describe('Province of a delegation member'),
  organisation: z.string().nullable().describe('Organisation of an exhibitor or buyer'),
};

export const SignInRequest = z
  .object({ email: Email, password: z.string().min(1).max(256).describe('Password') })
  .strict();

export const UserView = z
  .object({
    id: z.uuid().describe('User id'),
    email: z.string().describe('E-mail address'),
    displayName: z.string().describe('Name shown to others'),
    ...RoleScope,
    disabled: z.boolean().describe('Whether the secretariat has disabled the account'),
  })
  .describe('A platform user');
export type UserView = z.infer<typeof UserView>;

export const SessionView = z
  .object({
    user: UserView.nullable().describe('The signed-in user, or null for the public'),
    csrfToken: z.string().nullable().describe('Send as x-csrf-token on every write'),
  })
  .describe('The current session');

const roleNeeds = (
  value: { role: string; provinceId?: string | null; organisation?: string | null },
  context: z.RefinementCtx,
) => {
  const missing = (field: 'provinceId' | 'organisation', code: string) =>
    context.addIssue({ code: 'custom', path: [field], params: { code }, message: code });
  const role = value.role as never;
  if (PROVINCE_BOUND_ROLES.includes(role) && !value.provinceId) missing('provinceId', 'province_required');
  if (ORGANISATION_ROLES.includes(role) && !value.organisation) missing('organisation', 'organisation_required');
};

export const CreateInviteRequest = z
  .object({
    email: Email,
    role: RoleSchema,
    provinceId: ProvinceId.nullable().optional(),
    organisation: Organisation.nullable().optional(),
  })
  .strict()
  .superRefine(roleNeeds)
  .describe('Invite a person to the platform');

export const InviteView = z
  .object({
    id: z.uuid().describe('Invite id'),
    email: z.string().describe('Invited e-mail address'),
    ...RoleScope,
    expiresAt: z.string().describe('When the link stops working (ISO 8601)'),
    acceptedAt: z.string().nullable().describe('When it was accepted (ISO 8601)'),
    revokedAt: z.string().nullable().describe('When the secretariat withdrew it (ISO 8601)'),
    status: z.enum(INVITE_STATUSES).describe('Where the invitation stands now'),
  })
  .describe('An invitation');

export const CreatedInvite = z
  .object({ invite: InviteView, link: z.string().describe('One-time link to hand to the person'), mailed: z.boolean() })
  .describe('A new invitation and its one-time link');

export const InviteToken = z
  .object({ token: z.string().min(20).max(100).describe('Token from the invitation link') })
  .strict();

export const AcceptInviteRequest = z
  .object({
    displayName: z.string().trim().min(2).max(120).describe('Name shown to others'),
    password: Password,
    locale: LocaleSchema.optional(),
  })
  .strict();

export const InviteId = z.object({ id: z.uuid().describe('Invite id') }).strict();

export const UserId = z.object({ id: z.uuid().describe('User id') }).strict();

export const UpdateUserRequest = z
  .object({
    role: RoleSchema.optional(),
    provinceId: ProvinceId.nullable().optional(),
    organisation: Organisation.nullable().optional(),
    disabled: z.boolean().optional().describe('Disable or re-enable the account'),
  })
  .strict()
  .describe('Changes to a user; omitted fields stay as they are');
