import { z } from 'zod';

/** A comma-separated query parameter (`country=IR,RU`), checked element by element. */
export const commaSeparated = <T extends z.ZodType<unknown, string>>(inner: T, maxItems = 50) =>
  z
    .string()
    .max(2000)
    .transform((text) =>
      text
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .pipe(z.array(inner).max(maxItems));
