import type { NotNull } from 'drizzle-orm';
import type { PgColumnBuilderBase, ReferenceConfig } from 'drizzle-orm/pg-core';

type Referencing<T extends PgColumnBuilderBase> = {
  references(ref: ReferenceConfig['ref'], actions?: ReferenceConfig['actions']): T;
  notNull(): NotNull<T>;
};

/**
 * A column that must point at a row of another table, `column.references(target).notNull()`, on
 * one line: `editionId: requiredReference(text('edition_id'), () => editions.id)`.
 */
export function requiredReference<T extends PgColumnBuilderBase & Referencing<T>>(
  column: T,
  target: ReferenceConfig['ref'],
  actions?: ReferenceConfig['actions'],
): NotNull<T> {
  return column.references(target, actions).notNull();
}
