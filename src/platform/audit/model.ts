export type AuditEntry = {
  id: number;
  occurredAt: Date;
  actorUserId: string | null;
  actorEmail: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
};

/** Who did it and in which request: passed from the route into every write. */
export type AuditContext = { actorUserId: string | null; actorEmail: string | null; requestId: string | null };

export type NewAuditEntry = { action: string; entityType: string; entityId: string; before?: unknown; after?: unknown };

export type AuditFilter = {
  entityType?: string;
  entityId?: string;
  action?: string;
  actorEmail?: string;
  from?: Date;
  to?: Date;
  limit: number;
  beforeId?: number;
};

/** Secrets never reach the log, however an entity is shaped. */
const REDACTED_KEYS = new Set(['passwordHash', 'password', 'tokenHash', 'token', 'csrfToken']);

export function redactSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactSecrets);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !REDACTED_KEYS.has(key))
      .map(([key, inner]) => [key, redactSecrets(inner)]),
  );
}
