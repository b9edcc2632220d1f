import type { AuditEntry, AuditFilter } from '../../platform/audit/model.ts';
import { listAuditEntries } from '../../platform/audit/record-audit.ts';
import type { RequestContext } from '../../platform/context/request-context.ts';
import { requirePermission } from '../../platform/identity/permissions.ts';

/** The secretariat reads the append-only log that every write leaves behind, newest first. */
export function readAuditLog(context: RequestContext, filter: AuditFilter): Promise<AuditEntry[]> {
  requirePermission(context.actor, 'audit.read');
  return listAuditEntries(context, filter);
}
