/**
 * PostgreSQL's unique_violation (SQLSTATE 23505), whether the driver's error arrives bare or
 * wrapped by Drizzle; the constraint name tells which uniqueness was hit.
 */
export function uniqueViolationOf(error: unknown): { constraint: string | null } | null {
  for (let current = error as { code?: unknown; constraint?: unknown; cause?: unknown } | undefined, depth = 0; current && depth < 4; current = current.cause as typeof current, depth++) {
    if (typeof current === 'object' && current.code === '23505') return { constraint: typeof current.constraint === 'string' ? current.constraint : null };
  }
  return null;
}
