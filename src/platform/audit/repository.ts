import { and, desc, eq, gte, lt, lte, type SQL } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import type { AuditContext, AuditEntry, AuditFilter, NewAuditEntry } from './model.ts';
import { chunksOf, INSERT_CHUNK } from '../db/chunks.ts';
import { auditLog } from './tables.ts';

export function createAuditRepository(db: Executor) {
  return {
    async append(context: AuditContext, entry: NewAuditEntry): Promise<void> {
      await db
        .insert(auditLog)
        .values({ ...context, ...entry, before: entry.before ?? null, after: entry.after ?? null });
    },

    async appendMany(context: AuditContext, entries: NewAuditEntry[]): Promise<void> {
      for (const chunk of chunksOf(entries, INSERT_CHUNK)) {
        await db
          .insert(auditLog)
          .values(
            chunk.map((entry) => ({ ...context, ...entry, before: entry.before ?? null, after: entry.after ?? null })),
          );
      }
    },

    async list(filter: AuditFilter): Promise<AuditEntry[]> {
      const conditions: (SQL | undefined)[] = [
        filter.entityType ? eq(auditLog.entityType, filter.entityType) : undefined,
        filter.entityId ? eq(auditLog.entityId, filter.entityId) : undefined,
        filter.action ? eq(auditLog.action, filter.action) : undefined,
        filter.actorEmail ? eq(auditLog.actorEmail, filter.actorEmail) : undefined,
        filter.from ? gte(auditLog.occurredAt, filter.from) : undefined,
        filter.to ? lte(auditLog.occurredAt, filter.to) : undefined,
        filter.beforeId ? lt(auditLog.id, filter.beforeId) : undefined,
      ];
      return db
        .select()
        .from(auditLog)
        .where(and(...conditions))
        .orderBy(desc(auditLog.id))
        .limit(filter.limit);
    },
  };
}
