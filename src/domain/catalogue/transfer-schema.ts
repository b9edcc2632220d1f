import { z } from 'zod';
import { ItemQuery } from './schema.ts';
import { FILE_FORMATS } from './transfer-files.ts';

export const ExportQuery = ItemQuery.omit({ limit: true, offset: true })
  .extend({
    format: z
      .enum(FILE_FORMATS)
      .default('xlsx')
      .describe('xlsx: an Excel workbook; csv: UTF-8 text with a byte order mark'),
  })
  .strict()
  .describe('The filters of GET /api/items; every matching item is exported, not one page');

export const ImportQuery = z
  .object({
    status: z
      .enum(['draft', 'published'])
      .default('draft')
      .describe('Status of the items the file adds; items it updates keep theirs'),
  })
  .strict();

export const ImportResult = z
  .object({
    imported: z.number().int().describe('Rows stored: created plus updated'),
    created: z.number().int().describe('New items, from rows without an id'),
    updated: z.number().int().describe('Existing items given a new version, from rows with their id'),
    items: z.array(
      z.object({
        row: z.number().int().describe('Spreadsheet row number; the header is row 1'),
        id: z.uuid().describe('Item id'),
      }),
    ),
  })
  .describe('A file stored in full');
