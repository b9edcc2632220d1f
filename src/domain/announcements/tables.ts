import { index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { requiredReference } from '../../platform/db/columns.ts';
import type { LocalizedText } from '../../platform/i18n/localized-text.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import { users } from '../accounts/tables.ts';
import { editions } from '../summit/tables.ts';
import type { AudienceKind } from './model.ts';

export const announcements = pgTable(
  'announcements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    editionId: requiredReference(text('edition_id'), () => editions.id),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    body: jsonb('body').$type<LocalizedText>().notNull(),
    language: text('language').$type<Locale>().notNull(),
    // everyone; a role (value: the role); a delegation (value: province id); a session's attendees (value: session id).
    audienceKind: text('audience_kind').$type<AudienceKind>().notNull(),
    audienceValue: text('audience_value'),
    postedBy: uuid('posted_by').references(() => users.id),
    postedAt: timestamp('posted_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('announcements_edition_idx').on(table.editionId, table.postedAt)],
);

export const announcementReads = pgTable(
  'announcement_reads',
  {
    announcementId: requiredReference(uuid('announcement_id'), () => announcements.id, { onDelete: 'cascade' }),
    userId: requiredReference(uuid('user_id'), () => users.id),
    readAt: timestamp('read_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.announcementId, table.userId] })],
);
