import { z } from 'zod';
import { LocaleSchema, LocalizedTextSchema } from '../../platform/i18n/localized-text.ts';
import { PARTICIPANT_ROLES, PARTICIPANT_STATUSES } from '../delegations/model.ts';

export const ParticipantIdParam = z.object({ id: z.uuid().describe('Participant id') }).strict();
export const BadgeIdParam = z.object({ id: z.uuid().describe('Badge id') }).strict();
export const EditionIdParam = z.object({ editionId: z.string().min(1).max(128).describe('Edition id') }).strict();

export const DelegationQuery = z
  .object({ delegationId: z.uuid().optional().describe('Only the badges of this delegation') })
  .strict();

export const IssueBadgeRequest = z
  .object({})
  .strict()
  .describe('No fields: the badge is made from the participant as registered');

export const RevokeBadgeRequest = z
  .object({
    reason: z
      .string()
      .trim()
      .min(1)
      .max(500)
      .describe('Why the badge no longer admits its holder, e.g. lost or misprinted'),
  })
  .strict()
  .describe('Revocation of a badge');

export const CheckInRequest = z
  .object({
    token: z
      .string()
      .max(200)
      .describe("The code read from the badge's QR code, or typed from the characters printed under it"),
    sessionId: z.uuid().optional().describe('The session whose door this is; left out at the venue entrance'),
  })
  .strict()
  .describe('One scan of a badge');

export const BadgeView = z
  .object({
    id: z.uuid().describe('Badge id'),
    participantId: z.uuid().describe('Holder'),
    editionId: z.string().describe('Edition the badge admits to'),
    issuedAt: z.iso.datetime().describe('When issued (UTC)'),
    revokedAt: z.iso.datetime().nullable().describe('When revoked (UTC); null while it admits its holder'),
    revokedReason: z.string().nullable().describe('Why it was revoked'),
    token: z.string().nullable().describe('The signed code its QR code carries; null once revoked'),
  })
  .describe('A badge');

export const BadgeRosterEntry = z
  .object({
    participantId: z.uuid().describe('Participant id'),
    delegationId: z.uuid().nullable().describe('Delegation, if any'),
    role: z.enum(PARTICIPANT_ROLES).describe('Role'),
    status: z.enum(PARTICIPANT_STATUSES).describe('Registration status: only approved participants are listed'),
    nameNative: z.string().describe('Name in its own script'),
    nameLatin: z.string().describe('Name in Latin letters'),
    nameLanguage: LocaleSchema.describe('Language of the native name, and of the badge'),
    provinceId: z.string().nullable().describe('Province'),
    isDemo: z.boolean().describe('Invented demo person'),
    badge: BadgeView.nullable().describe('The live badge; null when none was issued or the last was revoked'),
  })
  .describe('An approved participant and their badge');

export const CheckInView = z
  .object({
    alreadyCheckedIn: z
      .boolean()
      .describe('True when this person was already counted here (today at the venue, or in this session)'),
    checkedInAt: z.iso.datetime().describe('When they were first counted here (UTC)'),
    day: z.iso.date().describe("The day counted, in the edition's time zone"),
    sessionId: z.uuid().nullable().describe('Session, or null at the venue entrance'),
    participant: z
      .object({
        id: z.uuid().describe('Participant id'),
        nameNative: z.string().describe('Name in its own script'),
        nameLatin: z.string().describe('Name in Latin letters'),
        nameLanguage: LocaleSchema.describe('Language of the native name'),
        role: z.enum(PARTICIPANT_ROLES).describe('Role'),
        organisation: z.string().nullable().describe('Organisation'),
        provinceId: z.string().nullable().describe('Province'),
        provinceNames: LocalizedTextSchema.nullable().describe('Province name per language'),
      })
      .describe('Who was admitted; no photo, no contact data'),
  })
  .describe('An admitted scan');

export const AttendanceView = z
  .object({
    editionId: z.string().describe('Edition id'),
    timeZone: z.string().describe("The edition's time zone, which decides the days"),
    today: z.iso.date().describe("Today in the edition's time zone"),
    byDay: z
      .array(
        z.object({
          day: z.iso.date().describe('Edition-local day'),
          count: z.number().int().describe('People seen that day'),
        }),
      )
      .describe('Distinct people per day'),
    bySession: z
      .array(
        z.object({ sessionId: z.uuid().describe('Session'), count: z.number().int().describe('People checked in') }),
      )
      .describe('Distinct people per session'),
  })
  .describe('Attendance counts');
