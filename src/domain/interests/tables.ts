import { index, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { requiredReference } from '../../platform/db/columns.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import { users } from '../accounts/tables.ts';
import { catalogueItems } from '../catalogue/tables.ts';
import { provinces } from '../provinces/tables.ts';
import type { InterestStatus } from './model.ts';

export const interests = pgTable(
  'interests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: requiredReference(uuid('item_id'), () => catalogueItems.id, { onDelete: 'cascade' }),
    fromItemId: uuid('from_item_id').references(() => catalogueItems.id, { onDelete: 'set null' }),
    // `province:gilan` or `organisation:<name>`: one interest per sending party and item.
    fromParty: text('from_party').notNull(),
    fromProvinceId: text('from_province_id').references(() => provinces.id),
    fromOrganisation: text('from_organisation'),
    fromUserId: requiredReference(uuid('from_user_id'), () => users.id),
    toProvinceId: requiredReference(text('to_province_id'), () => provinces.id),
    toOrganisation: text('to_organisation'),
    message: text('message').notNull(),
    language: text('language').$type<Locale>().notNull(),
    status: text('status').$type<InterestStatus>().notNull(),
    reply: text('reply'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    answeredBy: uuid('answered_by').references(() => users.id),
  },
  (table) => [
    unique('interests_one_per_party').on(table.itemId, table.fromParty),
    index('interests_to_province').on(table.toProvinceId),
    index('interests_to_organisation').on(table.toOrganisation),
    index('interests_from_party').on(table.fromParty),
  ],
);
