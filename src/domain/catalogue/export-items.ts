import type { RequestContext } from '../../platform/context/request-context.ts';
import { CATALOGUE_COLUMNS, itemToRow, type ExportCell } from './catalogue-columns.ts';
import type { CatalogueItem } from './model.ts';
import { listItems, type ItemQuery } from './read-items.ts';

const PAGE_SIZE = 500;

/** Everything the actor would see in GET /api/items with these filters, page after page. */
export async function listItemsForExport(
  context: RequestContext,
  filters: Omit<ItemQuery, 'limit' | 'offset'>,
): Promise<CatalogueItem[]> {
  const items: CatalogueItem[] = [];
  for (let offset = 0; ; offset += PAGE_SIZE) {
    const page = await listItems(context, { ...filters, limit: PAGE_SIZE, offset });
    items.push(...page.items);
    if (page.items.length < PAGE_SIZE) return items;
  }
}

/** The rows of a catalogue file, in the order of CATALOGUE_COLUMNS. */
export function exportRowsOf(items: readonly CatalogueItem[]): ExportCell[][] {
  return items.map((item) => {
    const row = itemToRow(item);
    return CATALOGUE_COLUMNS.map((column) => row[column]);
  });
}
