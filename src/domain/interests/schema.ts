import { z } from 'zod';
import { LocaleSchema } from '../../platform/i18n/localized-text.ts';
import { INTEREST_MESSAGE_MAX_LENGTH, INTEREST_STATUSES } from './model.ts';

export const InterestId = z.object({ id: z.uuid().describe('Interest id') }).strict();

export const ExpressInterestRequest = z
  .object({
    message: z
      .string()
      .trim()
      .min(1)
      .max(INTEREST_MESSAGE_MAX_LENGTH)
      .describe('A short message in the writer’s language'),
    language: LocaleSchema.describe('The language the message is written in'),
    fromItemId: z.uuid().nullable().optional().describe('The sender’s own offer or need that answers this item'),
  })
  .strict();

export const AnswerInterestRequest = z
  .object({
    status: z.enum(['accepted', 'declined']),
    reply: z.string().trim().max(INTEREST_MESSAGE_MAX_LENGTH).nullable().optional(),
  })
  .strict();

export const InterestView = z.object({
  id: z.string(),
  itemId: z.string(),
  fromItemId: z.string().nullable(),
  fromProvinceId: z.string().nullable(),
  fromOrganisation: z.string().nullable(),
  toProvinceId: z.string(),
  toOrganisation: z.string().nullable(),
  message: z.string(),
  language: LocaleSchema,
  status: z.enum(INTEREST_STATUSES),
  reply: z.string().nullable(),
  createdAt: z.string(),
  answeredAt: z.string().nullable(),
  direction: z.enum(['sent', 'received']).describe('Whether the reader’s side sent it or received it'),
});

export const InterestListView = z.object({ interests: z.array(InterestView) });
