import { z } from 'zod';

export const AuditQuery = z
  .object({
    entityType: z.string().max(64).optional().describe('Only entries about this kind of entity, e.g. province'),
    entityId: z.string().max(128).optional().describe('Only entries about this entity'),
    action: z.string().max(64).optional().describe('Only this action, e.g. province.update_profile'),
    actorEmail: z.string().max(254).optional().describe('Only entries by this person'),
    from: z.iso.datetime({ offset: true }).optional().describe('Entries at or after this instant (ISO 8601)'),
    to: z.iso.datetime({ offset: true }).optional().describe('Entries at or before this instant (ISO 8601)'),
    beforeId: z.coerce.number().int().positive().optional().describe('Page on: entries older than this id'),
    limit: z.coerce.number().int().min(1).max(200).default(50).describe('Page size'),
  })
  .strict()
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    path: ['to'],
    params: { code: 'ends_before_start' },
  });

export const AuditEntryView = z
  .object({
    id: z.number().int().describe('Entry id, increasing'),
    occurredAt: z.string().describe('When (ISO 8601)'),
    actorUserId: z.string().nullable().describe('Who; null for the system'),
    actorEmail: z.string().nullable().describe('E-mail of who did it'),
    action: z.string().describe('What was done'),
    entityType: z.string().describe('Kind of thing changed'),
    entityId: z.string().describe('Id of the thing changed'),
    before: z.unknown().describe('State before the change'),
    after: z.unknown().describe('State after the change'),
    requestId: z.string().nullable().describe('Request that made the change'),
  })
  .describe('One audit log entry');
