/**
 * PostgreSQL's unique_violation (SQLSTATE 23505), whether the driver's error arrives bare or
 * wrapped by Drizzle: the name of the violated constraint (null when the driver does not give
 * it), or undefined when the error is something else.
 */
export function violatedUniqueConstraint(error: unknown): string | null | undefined {
  for (
    let current = error as { code?: unknown; constraint?: unknown; cause?: unknown } | undefined, depth = 0;
    current && depth < 4;
    current = current.cause as typeof current, depth++
  ) {
    if (typeof current === 'object' && current.code === '23505')
      return typeof current.constraint === 'string' ? current.constraint : null;
  }
  return undefined;
}
