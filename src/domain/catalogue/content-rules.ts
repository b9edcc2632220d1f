import type { FieldError } from '../../platform/errors/app-error.ts';
import type { ItemContent } from './model.ts';

/**
 * Checks that span several fields, run on what an item would become: at the API edge for a new
 * item, and again on the merged result of an edit.
 */
export function findContentProblems(content: Partial<ItemContent>): FieldError[] {
  const problems: FieldError[] = [];
  if (content.language && content.title && !content.title[content.language]?.trim()) {
    problems.push({ path: `title.${content.language}`, code: 'original_language_missing' });
  }
  if (content.quantity && !content.quantity.unit) problems.push({ path: 'quantity.unit', code: 'unit_required' });
  const value = content.value;
  if (value && value.min === null && value.max === null) problems.push({ path: 'value.min', code: 'value_required' });
  if (value && value.min !== null && value.max !== null && value.max < value.min)
    problems.push({ path: 'value.max', code: 'max_below_min' });
  if (content.validFrom && content.validUntil && content.validUntil < content.validFrom)
    problems.push({ path: 'validUntil', code: 'ends_before_start' });
  return problems;
}
