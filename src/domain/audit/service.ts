import type { Executor } from '../../platform/db/client.ts';
import { redactSecrets, type AuditContext, type AuditFilter, type NewAuditEntry } from './model.ts';
import { createAuditRepository } from './repository.ts';

/** Called by every write use case with its own transaction, so the log and the change commit together. */
export function recordAudit(tx: Executor, context: AuditContext, entry: NewAuditEntry): Promise<void> {
  return createAuditRepository(tx).append(context, {
    ...entry,
    before: redactSecrets(entry.before),
    after: redactSecrets(entry.after),
  });
}

/** The same for a batch of changes made by one request, such as an import. */
export function recordAuditMany(tx: Executor, context: AuditContext, entries: NewAuditEntry[]): Promise<void> {
  return createAuditRepository(tx).appendMany(
    context,
    entries.map((entry) => ({ ...entry, before: redactSecrets(entry.before), after: redactSecrets(entry.after) })),
  );
}

export function listAuditEntries(db: Executor, filter: AuditFilter) {
  return createAuditRepository(db).list(filter);
}
