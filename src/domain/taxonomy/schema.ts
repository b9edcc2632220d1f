import { z } from 'zod';
import { LocaleSchema, LocalizedTextSchema } from '../../platform/i18n/localized-text.ts';
import { TAXONOMY_CODE_PATTERN } from './rules.ts';

export const TaxonomyCode = z
  .string()
  .max(81)
  .regex(TAXONOMY_CODE_PATTERN)
  .describe('Sector code, or sector code "." subcategory code, e.g. energy.electricity');
export const HsCode = z
  .string()
  .regex(/^\d{2}(\d{2}(\d{2})?)?$/)
  .describe('HS chapter (2 digits), heading (4) or subheading (6)');
const IsicCode = z
  .string()
  .regex(/^[A-U](\d{2}(\d{1,2})?)?$/)
  .describe('ISIC Rev.4 section letter, optionally with a division or group');
const Label = z.string().trim().min(1).max(120);

export const TaxonomyCodeParam = z.object({ code: TaxonomyCode }).strict();

export const TaxonomyQuery = z
  .object({ includeRetired: z.enum(['true', 'false']).default('false').describe('Also list retired nodes') })
  .strict();

export const TaxonomyNodeView = z
  .object({
    code: z.string().describe('Stable code'),
    parentCode: z.string().nullable().describe('Sector of a subcategory; null for a sector'),
    labels: LocalizedTextSchema,
    labelsToReview: z.array(LocaleSchema).describe('Languages whose label a native speaker should check'),
    hsCodes: z.array(z.string()).describe('Harmonized System codes of the goods it covers'),
    isicCodes: z.array(z.string()).describe('ISIC Rev.4 codes of the activities it covers'),
    panelRef: z.string().nullable().describe('Summit panel that deals with this sector'),
    retired: z.boolean().describe('Retired nodes stay readable on old items but take no new ones'),
    updatedAt: z.string().describe('Last change (ISO 8601)'),
  })
  .describe('A sector or subcategory of the shared taxonomy');

export const AddTaxonomyNodeRequest = z
  .object({
    code: TaxonomyCode,
    labels: z
      .partialRecord(LocaleSchema, Label)
      .refine((labels) => Object.keys(labels).length > 0, { params: { code: 'label_required' } })
      .describe('Label per language; at least one'),
    hsCodes: z.array(HsCode).max(50).default([]),
    isicCodes: z.array(IsicCode).max(20).default([]),
  })
  .strict()
  .describe('A new sector or subcategory');

export const ChangeTaxonomyNodeRequest = z
  .object({
    labels: z
      .partialRecord(LocaleSchema, z.string().trim().max(120))
      .optional()
      .describe('New labels per language; an empty string removes one'),
    reviewed: z.array(LocaleSchema).max(6).optional().describe('Languages whose label is now checked'),
    hsCodes: z.array(HsCode).max(50).optional(),
    isicCodes: z.array(IsicCode).max(20).optional(),
    retired: z.boolean().optional().describe('Retire (true) or bring back (false)'),
  })
  .strict()
  .describe('Changes to a sector or subcategory; omitted fields stay as they are');
