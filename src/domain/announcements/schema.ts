import { z } from 'zod';
import { LocaleSchema } from '../../platform/i18n/localized-text.ts';
import { ROLES } from '../../platform/identity/roles.ts';
import { findAnnouncementProblems } from './rules.ts';

export const EditionParams = z.object({ editionId: z.string().min(1).max(128).describe('Edition id') }).strict();
export const AnnouncementParams = z.object({ id: z.uuid().describe('Announcement id') }).strict();

export const AudienceSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('everyone').describe('Everyone signed in') }).strict(),
    z
      .object({
        kind: z.literal('role').describe('Every account of one role'),
        role: z.enum(ROLES).describe('Account role'),
      })
      .strict(),
    z
      .object({
        kind: z
          .literal('delegation')
          .describe("One province's delegation: its members' accounts and the people registered in it"),
        provinceId: z.string().min(1).max(64).describe('Province whose delegation is addressed'),
      })
      .strict(),
    z
      .object({
        kind: z.literal('session').describe('The people holding a seat at one session'),
        sessionId: z.uuid().describe('Programme session id'),
      })
      .strict(),
  ])
  .describe('Who the announcement is for');

const text = (max: number, what: string) =>
  z
    .partialRecord(LocaleSchema, z.string().max(max))
    .describe(`${what} per language code (fa, ru, en, az, kk, tk); at least the original language`);

export const PostAnnouncementRequest = z
  .object({
    title: text(200, 'Title'),
    body: text(10_000, 'Body'),
    language: LocaleSchema.describe(
      'Language the announcement was first written in; shown to readers whose own language is missing',
    ),
    audience: AudienceSchema,
  })
  .strict()
  .superRefine((content, context) => {
    for (const problem of findAnnouncementProblems(content)) {
      context.addIssue({
        code: 'custom',
        path: problem.path.split('.'),
        params: { code: problem.code },
        message: problem.code,
      });
    }
  })
  .describe('A new announcement');
export type PostAnnouncementRequest = z.infer<typeof PostAnnouncementRequest>;

const ReadableText = z
  .object({
    text: z.string().describe('The text'),
    language: LocaleSchema.describe('Language of the text'),
    isOtherLanguage: z
      .boolean()
      .describe("True when the reader's language is missing and the original is shown instead"),
  })
  .describe("The text in the reader's language, or else in the original language");

const PostedAt = z.string().describe('When it was posted (ISO 8601, UTC)');
const AudienceView = AudienceSchema;

export const AnnouncementView = z
  .object({
    id: z.string().describe('Announcement id'),
    editionId: z.string().describe('Edition it belongs to'),
    title: ReadableText,
    body: ReadableText,
    originalLanguage: LocaleSchema.describe('Language it was first written in'),
    audience: AudienceView,
    postedAt: PostedAt,
    read: z.boolean().describe('The reader has opened it'),
    readAt: z.string().nullable().describe('When the reader opened it (ISO 8601, UTC)'),
  })
  .describe('An announcement as one reader sees it');

export const AnnouncementInbox = z
  .object({
    unread: z.number().int().nonnegative().describe('Announcements addressed to the reader and not opened yet'),
    announcements: z.array(AnnouncementView).describe('Announcements addressed to the reader, newest first'),
  })
  .describe("The reader's announcements");

export const PostedAnnouncementView = z
  .object({
    id: z.string().describe('Announcement id'),
    editionId: z.string().describe('Edition it belongs to'),
    title: z.partialRecord(LocaleSchema, z.string()).describe('Title per language'),
    body: z.partialRecord(LocaleSchema, z.string()).describe('Body per language'),
    language: LocaleSchema.describe('Original language'),
    audience: AudienceView,
    postedAt: PostedAt,
    recipients: z.number().int().nonnegative().describe('Active accounts it is addressed to now'),
    readCount: z.number().int().nonnegative().describe('Accounts that have opened it'),
  })
  .describe('An announcement as the secretariat sees it');

export const ReceiptsView = z
  .object({
    announcementId: z.string().describe('Announcement id'),
    recipients: z.number().int().nonnegative().describe('Active accounts it is addressed to now'),
    readCount: z.number().int().nonnegative().describe('Accounts that have opened it'),
    readers: z
      .array(
        z.object({
          userId: z.string().describe('Account id'),
          displayName: z.string().describe('Name of the account'),
          email: z.string().describe('E-mail of the account'),
          readAt: z.string().describe('When they opened it (ISO 8601, UTC)'),
        }),
      )
      .describe('Who opened it and when, earliest first'),
  })
  .describe('Read receipts of an announcement');
