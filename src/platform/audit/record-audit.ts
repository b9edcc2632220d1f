import type { RequestContext, WriteContext } from '../context/request-context.ts';
import { type AuditContext, type AuditFilter, type NewAuditEntry, redactSecrets } from './model.ts';
import { createAuditRepository } from './repository.ts';

function auditContextOf(context: RequestContext): AuditContext {
  return {
    actorUserId: context.actor?.userId ?? null,
    actorEmail: context.actor?.email ?? null,
    requestId: context.requestId,
  };
}

const redacted = (entry: NewAuditEntry): NewAuditEntry => ({
  ...entry,
  before: redactSecrets(entry.before),
  after: redactSecrets(entry.after),
});

/** What a write did to the entity: its state before and after, where it has one. */
export type AuditChange = Pick<NewAuditEntry, 'before' | 'after'>;

/**
 * Called by every write use case inside its transaction, so the log and the change commit together:
 * `recordAudit(context, 'room.change', 'room', id, { before, after })`.
 */
export function recordAudit(
  context: WriteContext,
  action: string,
  entityType: string,
  entityId: string,
  change: AuditChange = {},
): Promise<void> {
  const entry = { action, entityType, entityId, ...change };
  return createAuditRepository(context.db).append(auditContextOf(context), redacted(entry));
}

/** The same for a batch of changes made by one request, such as an import. */
export function recordAuditMany(context: WriteContext, entries: NewAuditEntry[]): Promise<void> {
  return createAuditRepository(context.db).appendMany(auditContextOf(context), entries.map(redacted));
}

export function listAuditEntries(context: RequestContext, filter: AuditFilter) {
  return createAuditRepository(context.db).list(filter);
}
