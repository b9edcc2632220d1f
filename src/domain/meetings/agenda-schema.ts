import { z } from 'zod';
import { LocaleSchema, LocalizedTextSchema } from '../../platform/i18n/localized-text.ts';
import { MEETING_KINDS } from './model.ts';

export const AgendaParam = z.object({ participantId: z.uuid().describe('The person whose agenda it is') }).strict();

const Counterpart = z.object({
  participantId: z.uuid(),
  nameNative: z.string(),
  nameLatin: z.string(),
  position: z.string().nullable(),
});

const AgendaItemView = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('meeting'),
    id: z.uuid().describe('Meeting id'),
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    meetingKind: z.enum(MEETING_KINDS),
    topic: z.string(),
    place: LocalizedTextSchema.nullable().describe('The room or table'),
    interpreter: z.string().nullable().describe('The interpreter’s name, when there is one'),
    counterparts: z.array(Counterpart).describe('The people of the other side'),
    isDemo: z.boolean().describe('Invented by the seed to show the scheduler at work'),
  }),
  z.object({
    kind: z.literal('session'),
    id: z.uuid().describe('Session id'),
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    title: LocalizedTextSchema,
    place: LocalizedTextSchema.nullable().describe('The room'),
    role: z.enum(['moderator', 'speaker', 'seat']).describe('How the person takes part'),
  }),
]);

export const AgendaView = z
  .object({
    participantId: z.uuid(),
    nameNative: z.string(),
    nameLatin: z.string(),
    editionId: z.string(),
    timeZone: z.string().describe('The edition’s time zone, for showing the times'),
    items: z.array(AgendaItemView).describe('Published meetings and programme sessions, in time order'),
  })
  .describe('One person’s agenda');

export const AgendaCalendarQuery = z
  .object({ lang: LocaleSchema.optional().describe('Language of the file') })
  .strict();
