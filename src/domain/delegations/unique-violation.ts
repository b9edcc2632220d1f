/**
 * PostgreSQL's unique_violation (SQLSTATE 23505), whether the driver's error arrives bare or
 * wrapped by Drizzle; the constraint name tells which uniqueness was hit. (Expo has the same
 * helper; it moves to platform/db once a third capability needs it.)
 */
export function violatedUniqueConstraint(error: unknown): string | null | undefined {
  for (let current = error as { code?: unknown; constraint?: unknown; cause?: unknown } | undefined, depth = 0; current && depth < 4; current = current.cause as typeof current, depth++) {
    if (typeof current === 'object' && current.code === '23505') return typeof current.constraint === 'string' ? current.constraint : null;
  }
  return undefined;
}
