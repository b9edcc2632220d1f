import { z } from 'zod';
import { LocaleSchema, LocalizedTextSchema } from '../../platform/i18n/localized-text.ts';
import { HS_CODE_PATTERN } from './rules.ts';
import { VOLUME_PERIODS } from './model.ts';

const HsCode = z
  .string()
  .regex(HS_CODE_PATTERN)
  .describe('HS code: chapter (2 digits), heading (4), subheading (6) or tariff line (8 or 10)');
const Organisation = z.string().trim().min(1).max(200).describe('Name of the organisation, as it is known');
const ProvinceId = z.string().min(1).max(64).describe('Province id, e.g. gilan');
const ShortText = z
  .partialRecord(LocaleSchema, z.string().trim().max(2000))
  .describe('Text per language; missing languages are absent');
const ContactLanguages = z.array(LocaleSchema).max(6).describe('Languages the contact person speaks');
const Metres = z.number().min(0).max(10_000);
const Size = z.number().gt(0).max(10_000);

export const ExpoIdParam = z
  .object({ expoId: z.string().min(1).max(100).describe('Expo id, e.g. caspian-expo-2025') })
  .strict();
export const IdParam = z.object({ id: z.uuid().describe('Id') }).strict();

const Product = z
  .object({
    name: z
      .partialRecord(LocaleSchema, z.string().trim().max(200))
      .refine((name) => Object.values(name).some((text) => text && text.length > 0), {
        params: { code: 'label_required' },
      })
      .describe('Product name per language; at least one'),
    hsCodes: z.array(HsCode).min(1).max(20).describe('HS codes of the product'),
  })
  .strict()
  .describe('A product the exhibitor shows');

const ExhibitorFields = {
  organisation: Organisation,
  provinceId: ProvinceId,
  description: ShortText.default({}),
  products: z.array(Product).max(50).default([]).describe('Products shown at the expo'),
  contactLanguages: ContactLanguages.default([]),
  email: z.email().max(200).nullable().default(null).describe('Contact e-mail'),
  website: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .nullable()
    .default(null)
    .describe('Website (http or https)'),
};

export const CreateExhibitorRequest = z.object(ExhibitorFields).strict().describe('A new exhibitor at the expo');

export const UpdateExhibitorRequest = z
  .object({
    organisation: Organisation.optional(),
    provinceId: ProvinceId.optional(),
    description: ShortText.optional(),
    products: z.array(Product).max(50).optional(),
    contactLanguages: ContactLanguages.optional(),
    email: z.email().max(200).nullable().optional(),
    website: z
      .url({ protocol: /^https?$/ })
      .max(500)
      .nullable()
      .optional(),
  })
  .strict()
  .describe('Changes to an exhibitor; omitted fields stay as they are');

export const ExhibitorQuery = z
  .object({
    province: z.string().min(1).max(64).optional().describe('Province id'),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional()
      .describe('ISO country code of the province'),
    hs: z
      .string()
      .regex(/^\d{1,10}$/)
      .optional()
      .describe('HS code prefix, e.g. 03 for fish'),
    language: LocaleSchema.optional().describe('A contact language the exhibitor speaks'),
    q: z.string().trim().min(1).max(200).optional().describe('Text to find in the name and description'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict();

export const ExhibitorView = z
  .object({
    id: z.uuid(),
    expoId: z.string(),
    organisation: z.string(),
    provinceId: z.string(),
    description: LocalizedTextSchema,
    products: z.array(z.object({ name: LocalizedTextSchema, hsCodes: z.array(z.string()) })),
    hsCodes: z.array(z.string()).describe("All the products' HS codes"),
    contactLanguages: z.array(LocaleSchema),
    email: z.string().nullable(),
    website: z.string().nullable(),
    booths: z.array(z.object({ id: z.uuid(), code: z.string() })).describe('Booths assigned to it'),
    isDemo: z.boolean().describe('Invented demo content'),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .describe('An exhibitor at the expo');

export const ExhibitorPage = z.object({
  items: z.array(ExhibitorView),
  total: z.number().int().describe('Exhibitors matching, across all pages'),
});

const HallFields = {
  name: ShortText.refine((name) => Object.values(name).some((text) => text && text.length > 0), {
    params: { code: 'label_required' },
  }).describe('Hall name per language; at least one'),
  widthM: Size.describe('Width in metres (x)'),
  depthM: Size.describe('Depth in metres (y)'),
  sortOrder: z.number().int().min(0).max(1000).default(0).describe('Position among the halls'),
};

export const CreateHallRequest = z.object(HallFields).strict().describe('A new hall of the expo');
export const UpdateHallRequest = z
  .object({
    name: HallFields.name.optional(),
    widthM: HallFields.widthM.optional(),
    depthM: HallFields.depthM.optional(),
    sortOrder: z.number().int().min(0).max(1000).optional(),
  })
  .strict()
  .describe('Changes to a hall');

const BoothFields = {
  code: z
    .string()
    .trim()
    .min(1)
    .max(20)
    .regex(/^[\p{L}\p{N}-]+$/u)
    .describe('Booth code shown on the floor plan, e.g. A1'),
  xM: Metres.describe("Metres from the hall's left wall"),
  yM: Metres.describe("Metres from the hall's front wall"),
  widthM: Size.describe('Width in metres'),
  depthM: Size.describe('Depth in metres'),
};
export const CreateBoothRequest = z.object(BoothFields).strict().describe('A new booth in the hall');
export const UpdateBoothRequest = z
  .object({
    code: BoothFields.code.optional(),
    xM: BoothFields.xM.optional(),
    yM: BoothFields.yM.optional(),
    widthM: BoothFields.widthM.optional(),
    depthM: BoothFields.depthM.optional(),
  })
  .strict()
  .describe('Changes to a booth');

export const AssignBoothRequest = z.object({ exhibitorId: z.uuid().describe('Exhibitor who gets the booth') }).strict();

export const HallView = z.object({
  id: z.uuid(),
  expoId: z.string(),
  name: LocalizedTextSchema,
  widthM: z.number(),
  depthM: z.number(),
  sortOrder: z.number().int(),
  isDemo: z.boolean(),
});
export const BoothView = z.object({
  id: z.uuid(),
  hallId: z.uuid(),
  code: z.string(),
  xM: z.number(),
  yM: z.number(),
  widthM: z.number(),
  depthM: z.number(),
  exhibitor: z
    .object({ id: z.uuid(), organisation: z.string(), isDemo: z.boolean() })
    .nullable()
    .describe('Who holds the booth; null when free'),
});
export const AssignmentView = z.object({ boothId: z.uuid(), exhibitorId: z.uuid(), assignedAt: z.string() });
export const FloorView = z
  .object({ halls: z.array(HallView.extend({ booths: z.array(BoothView) })) })
  .describe("The expo's floor: halls with their booths and holders");

const Volume = z
  .object({
    amount: z.number().positive().max(1e12).describe('How much'),
    unit: z.string().trim().min(1).max(20).describe('Unit, e.g. t, kg, m3, pcs'),
    period: z.enum(VOLUME_PERIODS).describe('Once, per month or per year'),
  })
  .strict();

export const CreateBuyerInterestRequest = z
  .object({
    organisation: Organisation,
    countryCode: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .describe('ISO country code of the buyer'),
    provinceId: ProvinceId.nullable().default(null),
    hsCodes: z.array(HsCode).min(1).max(20).describe('HS codes of the goods wanted'),
    volume: Volume.nullable().default(null),
    note: ShortText.default({}),
    contactLanguages: ContactLanguages.default([]),
  })
  .strict()
  .describe('What a buyer is looking for at the expo');

export const BuyerInterestView = z.object({
  id: z.uuid(),
  expoId: z.string(),
  organisation: z.string(),
  countryCode: z.string(),
  provinceId: z.string().nullable(),
  hsCodes: z.array(z.string()),
  volume: z.object({ amount: z.number(), unit: z.string(), period: z.enum(VOLUME_PERIODS) }).nullable(),
  note: LocalizedTextSchema,
  contactLanguages: z.array(LocaleSchema),
  isDemo: z.boolean(),
  createdAt: z.string(),
  matches: z
    .array(z.object({ id: z.uuid(), organisation: z.string(), provinceId: z.string(), hsCodes: z.array(z.string()) }))
    .describe('Exhibitors whose products share an HS code prefix'),
});

export const ExportQuery = z
  .object({ lang: LocaleSchema.optional().describe('Language of the headers; the request language by default') })
  .strict();
