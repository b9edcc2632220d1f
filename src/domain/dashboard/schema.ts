import { z } from 'zod';
import { LocalizedTextSchema } from '../../platform/i18n/localized-text.ts';
import { PARTICIPANT_ROLES, PARTICIPANT_STATUSES } from '../delegations/model.ts';
import { DELEGATION_GAPS } from './model.ts';

export const DashboardParams = z.object({ editionId: z.string().min(1).max(128).describe('Edition id') }).strict();

const Count = z.number().int().nonnegative();
const tally = <K extends z.ZodType<string>>(key: K, what: string) =>
  z
    .array(z.object({ key: key.describe(what), count: Count.describe('Registrations') }))
    .describe(`Live registrations (pending or approved) per ${what}, largest first`);

export const DashboardView = z
  .object({
    editionId: z.string().describe('Edition the figures are for'),
    timeZone: z.string().describe("The edition's IANA time zone, in which attendance days are counted"),
    byCountry: tally(z.string(), 'country (ISO 3166-1 alpha-2)'),
    byProvince: tally(z.string(), 'province id (the participant’s own, else their delegation’s)'),
    byRole: tally(z.enum(PARTICIPANT_ROLES), 'participant role'),
    byStatus: z
      .array(
        z.object({
          key: z.enum(PARTICIPANT_STATUSES).describe('Registration status'),
          count: Count.describe('Registrations'),
        }),
      )
      .describe('All registrations per status, largest first'),
    dailyAttendance: z
      .array(
        z.object({
          day: z.string().describe('Calendar day (YYYY-MM-DD) in the edition time zone'),
          count: Count.describe('People checked in that day'),
        }),
      )
      .describe('People checked in per day, each counted once a day'),
    sessionAttendance: z
      .array(
        z.object({
          sessionId: z.string().describe('Programme session id'),
          title: LocalizedTextSchema,
          startsAt: z.string().describe('Start (ISO 8601, UTC)'),
          seatsReserved: Count.describe('Seats reserved'),
          checkedIn: Count.describe('People checked in at the session'),
        }),
      )
      .describe('Every session of the edition in time order, with reservations and check-ins'),
    incompleteDelegations: z
      .array(
        z.object({
          delegationId: z.string().describe('Delegation id'),
          provinceId: z.string().describe('Province the delegation comes from'),
          hasApprovedHead: z.boolean().describe('An approved head of delegation is registered'),
          hasApprovedInterpreter: z.boolean().describe('An approved interpreter is registered'),
          pendingRegistrations: Count.describe('Registrations waiting for a decision'),
          memberLimit: Count.describe('Most people the delegation may bring'),
          seatsTaken: Count.describe('Pending and approved delegation members (head, members, interpreters, press)'),
          seatsLeft: Count.describe('Places left under the member limit'),
          gaps: z.array(z.enum(DELEGATION_GAPS)).describe('Why the delegation is incomplete'),
        }),
      )
      .describe('Delegations with no approved head, no approved interpreter or pending registrations; most gaps first'),
  })
  .describe("The secretariat's figures for an edition");
export type DashboardView = z.infer<typeof DashboardView>;
