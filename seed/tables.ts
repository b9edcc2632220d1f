import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Which parts of the seed have run. A part runs once: demo content the secretariat removed
 * does not come back at the next start.
 */
export const seedLog = pgTable('seed_log', {
  part: text('part').primaryKey(),
  seededAt: timestamp('seeded_at', { withTimezone: true }).notNull(),
});
