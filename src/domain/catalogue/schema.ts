import { z } from 'zod';
import { LocaleSchema, LocalizedTextSchema } from '../../platform/i18n/localized-text.ts';
import { commaSeparated } from '../../platform/schema/query-params.ts';
import { HsCode, TaxonomyCode } from '../taxonomy/schema.ts';
import {
  CURRENCIES,
  ITEM_KINDS,
  ITEM_STATUSES,
  ORGANISATION_TYPES,
  QUANTITY_PERIODS,
  QUANTITY_UNITS,
  type ItemContent,
} from './model.ts';
import { findContentProblems } from './content-rules.ts';

// PostgreSQL has no year 0, and no sensible offer is valid before the first summit's century.
const IsoDate = z.iso
  .date()
  .refine((date) => date >= '1900-01-01' && date <= '2999-12-31', { params: { code: 'date_out_of_range' } })
  .describe('Calendar date (YYYY-MM-DD), 1900–2999');
const Amount = z.number().nonnegative().max(1e15);

export const ContentFields = {
  kind: z.enum(ITEM_KINDS).describe('offer: a capacity; need: a problem or demand'),
  provinceId: z.string().min(1).max(64).describe('Province the item belongs to'),
  organisation: z
    .object({
      name: z.string().trim().min(1).max(200).describe('Name, in the language it is known by'),
      type: z.enum(ORGANISATION_TYPES),
    })
    .strict()
    .nullable()
    .optional()
    .describe('Company, port, university… it is offered or needed by; none for the province itself'),
  language: LocaleSchema.describe('Language the author writes in; the title must exist in it'),
  title: z
    .partialRecord(LocaleSchema, z.string().trim().max(200))
    .describe('Title per language: the original and any translations'),
  description: z
    .partialRecord(LocaleSchema, z.string().trim().max(5000))
    .default({})
    .describe('Description per language'),
  taxonomyCodes: z.array(TaxonomyCode).min(1).max(10).describe('At least one sector or subcategory'),
  hsCodes: z.array(HsCode).max(20).default([]).describe('Harmonized System codes of goods'),
  quantity: z
    .object({
      amount: Amount.describe('How much'),
      unit: z.enum(QUANTITY_UNITS).optional().describe('Unit; required with an amount'),
      period: z.enum(QUANTITY_PERIODS).nullable().optional().describe('Per what period'),
    })
    .strict()
    .nullable()
    .optional(),
  value: z
    .object({
      min: Amount.nullable().default(null),
      max: Amount.nullable().default(null),
      currency: z.enum(CURRENCIES),
    })
    .strict()
    .nullable()
    .optional()
    .describe('Value range and its currency'),
  seasonMonths: z
    .array(z.number().int().min(1).max(12))
    .max(12)
    .default([])
    .describe('Months (1–12) it applies in; empty for all year'),
  validFrom: IsoDate.nullable().optional(),
  validUntil: IsoDate.nullable().optional(),
  contactLanguages: z.array(LocaleSchema).max(6).default([]).describe('Languages the contact person speaks'),
};

function refineContent(content: Partial<ItemContent> | Record<string, unknown>, context: z.RefinementCtx) {
  for (const problem of findContentProblems(content as Partial<ItemContent>)) {
    context.addIssue({
      code: 'custom',
      path: problem.path.split('.'),
      params: { code: problem.code },
      message: problem.code,
    });
  }
}

export const CreateItemRequest = z
  .object({
    ...ContentFields,
    status: z.enum(['draft', 'published']).default('draft').describe('Save as a draft or publish at once'),
  })
  .strict()
  .superRefine(refineContent)
  .describe('A new offer or need');

/** What a valid request body says about the item, with optional fields made explicit. */
export function toItemContent({ status: _status, ...body }: z.output<typeof CreateItemRequest>): ItemContent {
  return {
    ...body,
    organisation: body.organisation ?? null,
    quantity: body.quantity
      ? { amount: body.quantity.amount, unit: body.quantity.unit!, period: body.quantity.period ?? null }
      : null,
    value: body.value ?? null,
    validFrom: body.validFrom ?? null,
    validUntil: body.validUntil ?? null,
  };
}

export const UpdateItemRequest = z
  .object(
    Object.fromEntries(Object.entries(ContentFields).map(([key, field]) => [key, (field as z.ZodType).optional()])) as {
      [K in keyof typeof ContentFields]: z.ZodOptional<(typeof ContentFields)[K]>;
    },
  )
  .strict()
  .describe('Changes to an item; omitted fields stay as they are');

export const ChangeStatusRequest = z.object({ status: z.enum(ITEM_STATUSES).describe('New status') }).strict();

export const ItemId = z.object({ id: z.uuid().describe('Item id') }).strict();

export const ItemQuery = z
  .object({
    country: commaSeparated(z.string().regex(/^[A-Z]{2}$/))
      .optional()
      .describe('ISO country codes, comma-separated'),
    province: commaSeparated(z.string().min(1).max(64)).optional().describe('Province ids, comma-separated'),
    kind: z.enum(ITEM_KINDS).optional(),
    sector: TaxonomyCode.optional().describe('A sector or subcategory; a sector includes its subcategories'),
    hs: HsCode.optional().describe('HS code; a chapter includes its headings'),
    validOn: IsoDate.optional().describe('Only items valid on this day'),
    q: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .describe('Text to find in titles and descriptions, in any language'),
    status: commaSeparated(z.enum(ITEM_STATUSES))
      .optional()
      .describe('Statuses; drafts and archived items only within your own scope'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict();

export const ItemView = z
  .object({
    id: z.uuid(),
    kind: z.enum(ITEM_KINDS),
    provinceId: z.string(),
    organisation: z.object({ name: z.string(), type: z.enum(ORGANISATION_TYPES) }).nullable(),
    language: LocaleSchema,
    title: LocalizedTextSchema,
    description: LocalizedTextSchema,
    taxonomyCodes: z.array(z.string()),
    hsCodes: z.array(z.string()),
    quantity: z
      .object({ amount: z.number(), unit: z.enum(QUANTITY_UNITS), period: z.enum(QUANTITY_PERIODS).nullable() })
      .nullable(),
    value: z
      .object({ min: z.number().nullable(), max: z.number().nullable(), currency: z.enum(CURRENCIES) })
      .nullable(),
    seasonMonths: z.array(z.number().int()),
    validFrom: z.string().nullable(),
    validUntil: z.string().nullable(),
    contactLanguages: z.array(LocaleSchema),
    status: z.enum(ITEM_STATUSES),
    isDemo: z.boolean().describe('Invented demo content, not a real offer or need'),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    publishedAt: z.string().nullable(),
    missingTranslations: z.array(LocaleSchema).describe('Languages the title is not written in yet'),
  })
  .describe('An offer or a need');

export const WrittenItemView = ItemView.extend({
  warnings: z
    .array(z.object({ path: z.string(), code: z.string(), message: z.string() }))
    .describe('Accepted, but worth a look (e.g. text in an unexpected script)'),
});

export const ItemPage = z.object({
  items: z.array(ItemView),
  total: z.number().int().describe('Items matching, across all pages'),
});

export const ItemVersionView = z.object({
  version: z.number().int(),
  change: z.string().describe('What happened: created, edited, published, archived…'),
  changedBy: z.string().nullable(),
  changedAt: z.string(),
  item: ItemView,
});

export const SectorCountView = z.object({ sector: z.string(), items: z.number().int() });
