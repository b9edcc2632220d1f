import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { requiredReference } from '../../platform/db/columns.ts';
import { users } from '../accounts/tables.ts';
import type { SavedQuery } from './model.ts';

/** A search someone keeps, to be told what is new for it since they last looked. */
export const savedSearches = pgTable(
  'saved_searches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: requiredReference(uuid('user_id'), () => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    // The search as the results page's address holds it: `q` and one value per facet.
    query: jsonb('query').$type<SavedQuery>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('saved_searches_user').on(table.userId)],
);
