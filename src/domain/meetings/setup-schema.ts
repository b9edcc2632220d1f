import { z } from 'zod';
import { LocaleSchema } from '../../platform/i18n/localized-text.ts';
import { PARTICIPANT_ROLES } from '../delegations/model.ts';
import { MEETING_KINDS } from './model.ts';
import { Days } from './schema.ts';

const Minute = z
  .number()
  .int()
  .min(0)
  .max(24 * 60);
const Count = z.number().int().min(1).max(100);
const ShortText = z.partialRecord(LocaleSchema, z.string().trim().max(300));

export const MeetingSettingsBody = z
  .object({
    slotMinutes: z.number().int().min(5).max(240).describe('Length of a meeting slot, in minutes'),
    breakMinutes: z.number().int().min(0).max(120).describe('Minutes between two slots'),
    dayStartMinute: Minute.describe('Start of the first slot, in minutes after midnight in the edition’s zone'),
    dayEndMinute: Minute.describe('Latest end of a slot, in minutes after midnight in the edition’s zone'),
    maxMeetingsPerDay: Count.describe('Most meetings one person has in a day'),
    requestQuotaPerDay: Count.describe('Most open requests a person may be named in per day'),
    roleRequestQuotas: z
      .partialRecord(z.enum(PARTICIPANT_ROLES), Count)
      .default({})
      .describe('The quota per day of a role, where it differs'),
    travelMinutes: z.number().int().min(0).max(240).describe('Minutes to get from one meeting place to another'),
    protocolOrder: z
      .array(z.string().min(1).max(64))
      .max(50)
      .default([])
      .describe('Provinces in protocol order after the host province, whose governor always comes first'),
  })
  .strict()
  .refine((body) => body.dayEndMinute >= body.dayStartMinute + body.slotMinutes, {
    path: ['dayEndMinute'],
    params: { code: 'ends_before_start' },
  })
  .describe('How the edition’s meetings are laid out and limited');

export const MeetingSettingsView = z.object({
  editionId: z.string(),
  slotMinutes: z.number().int(),
  breakMinutes: z.number().int(),
  dayStartMinute: z.number().int(),
  dayEndMinute: z.number().int(),
  maxMeetingsPerDay: z.number().int(),
  requestQuotaPerDay: z.number().int(),
  roleRequestQuotas: z.partialRecord(z.enum(PARTICIPANT_ROLES), z.number().int()),
  travelMinutes: z.number().int(),
  protocolOrder: z.array(z.string()),
});

export const CreateMeetingRoomBody = z
  .object({
    kind: z.enum(MEETING_KINDS).describe('g2g: a room with flags and protocol set-up; b2b: a table in the expo hall'),
    name: ShortText.refine((name) => Object.values(name).some((text) => text && text.length > 0), {
      params: { code: 'label_required' },
    }).describe('Name per language; at least one'),
    capacity: z.number().int().min(2).max(100).describe('People it seats, both sides together'),
    place: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .describe('Where it stands (a hall, the expo); travel time applies between places'),
    sortOrder: z.number().int().min(0).max(10_000).default(0).describe('Position in lists; lower first'),
  })
  .strict()
  .describe('A G2G room or a B2B table');

export const MeetingRoomView = z.object({
  id: z.uuid(),
  editionId: z.string(),
  kind: z.enum(MEETING_KINDS),
  name: ShortText,
  capacity: z.number().int(),
  place: z.string(),
  sortOrder: z.number().int(),
});

const LanguagePair = z
  .array(LocaleSchema)
  .length(2)
  .refine((pair) => pair[0] !== pair[1], { params: { code: 'invalid' } })
  .describe('Two languages interpreted both ways');

export const CreateInterpreterBody = z
  .object({
    name: z.string().trim().min(1).max(200).describe('The interpreter’s name'),
    languagePairs: z.array(LanguagePair).min(1).max(15).describe('Pairs of languages they interpret, both ways'),
    availableDays: Days.default([]).describe('Edition days they work; empty for every day'),
  })
  .strict()
  .describe('An interpreter the scheduler may assign');

export const InterpreterView = z.object({
  id: z.uuid(),
  editionId: z.string(),
  name: z.string(),
  languagePairs: z.array(z.array(LocaleSchema)),
  availableDays: z.array(z.string()),
});
