import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { arbitraryFromSchema, arbitraryHostileBody } from './zod-arbitrary.ts';

const signup = z
  .object({
    email: z.email(),
    name: z.string().min(2).max(40),
    role: z.enum(['a', 'b']),
    age: z.number().int().min(0).max(120).optional(),
    tags: z.array(z.string().max(5)).max(3),
  })
  .strict();

function expectAlwaysValid(schema: z.ZodType, numRuns = 200): void {
  fc.assert(
    fc.property(arbitraryFromSchema(schema), (value) => {
      expect(schema.safeParse(value).error?.issues).toBeUndefined();
    }),
    { numRuns },
  );
}

function sampleOf(schema: z.ZodType, count = 300): unknown[] {
  return fc.sample(arbitraryFromSchema(schema), count);
}

describe('arbitraryFromSchema', () => {
  it('generates only values that a strict object schema accepts', () => {
    expectAlwaysValid(signup, 500);
  });

  it('covers optional fields both present and absent, and every enum member', () => {
    const values = sampleOf(signup) as z.infer<typeof signup>[];
    expect(values.some((value) => 'age' in value)).toBe(true);
    expect(values.some((value) => !('age' in value))).toBe(true);
    expect(new Set(values.map((value) => value.role))).toEqual(new Set(['a', 'b']));
    expect(values.some((value) => value.tags.length > 0)).toBe(true);
  });

  // Most constraints are narrow enough that filtering random values could not meet them, so a modelling mistake
  // surfaces as a "could not generate" failure rather than being hidden by the last-resort filter.
  it.each([
    ['uuid', z.uuid()],
    ['url', z.url()],
    ['http url', z.httpUrl()],
    ['email with length limits', z.email().min(8).max(30)],
    ['regex', z.string().regex(/^[A-Z]{3}-\d{4}$/)],
    ['case-insensitive regex', z.string().regex(/^[a-f0-9]{6}$/i)],
    ['iso datetime', z.iso.datetime()],
    ['iso date', z.iso.date()],
    ['starts with', z.string().startsWith('ir-').max(10)],
    ['trimmed string', z.string().trim().min(2)],
    ['exact length', z.string().length(32)],
    ['exclusive number bounds', z.number().gt(0).lt(1)],
    ['exclusive int bounds', z.int().gt(1_000_000).lt(1_000_003)],
    ['int32', z.int32()],
    ['multiple of', z.number().multipleOf(0.01).gt(0.001).lt(0.999)],
    ['large multiple of', z.int().multipleOf(1000).min(1_000_000)],
    ['date range', z.date().min(new Date('2020-01-01')).max(new Date('2020-01-02'))],
    ['array length', z.array(z.boolean()).min(20).max(24)],
    ['nullable and default', z.object({ note: z.string().nullable(), count: z.number().default(1) })],
    ['literal and native enum', z.union([z.literal(['x', 7]), z.enum({ Caspian: 'caspian', Aral: 'aral' })])],
    ['record with string keys', z.record(z.string().min(1), z.int().nonnegative())],
    ['record with enum keys', z.record(z.enum(['fa', 'en', 'ru']), z.string())],
    ['partial record', z.partialRecord(z.enum(['fa', 'en']), z.string())],
    ['exact optional', z.object({ nickname: z.string().exactOptional() })],
    ['readonly and catch', z.object({ ids: z.array(z.uuid()).readonly(), limit: z.int().catch(10) })],
    [
      'transform',
      z
        .string()
        .max(8)
        .transform((text) => text.length),
    ],
    [
      'pipe into a stricter schema',
      z
        .string()
        .transform((text) => text.length)
        .pipe(z.number().max(4)),
    ],
    ['preprocess', z.preprocess((raw) => (typeof raw === 'string' ? raw.trim() : raw), z.string().min(1))],
    ['xor', z.xor([z.string(), z.int()])],
    ['template literal', z.templateLiteral(['order-', z.int()])],
    ['non-recursive lazy', z.lazy(() => z.object({ port: z.int().min(1).max(65535) }))],
  ])('generates only valid values for %s', (_name, schema) => {
    expectAlwaysValid(schema);
  });

  it('handles nested objects and discriminated unions, producing every branch', () => {
    const address = z.object({
      city: z.string().min(1),
      postcode: z
        .string()
        .regex(/^\d{10}$/)
        .optional(),
    });
    const party = z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('person'), name: z.string().min(1), address }),
      z.object({ kind: z.literal('company'), registration: z.string().length(11), offices: z.array(address).min(1) }),
    ]);
    const schema = z.object({ party, contact: z.union([z.email(), z.null()]) });
    expectAlwaysValid(schema, 500);
    const kinds = new Set(sampleOf(schema).map((value) => (value as z.infer<typeof schema>).party.kind));
    expect(kinds).toEqual(new Set(['person', 'company']));
  });

  it('yields only valid values for a refined schema', () => {
    const period = z
      .object({ start: z.int().min(0).max(100), end: z.int().min(0).max(100) })
      .refine((value) => value.start <= value.end, { path: ['end'] });
    expectAlwaysValid(period, 500);
    const superRefined = z
      .string()
      .max(12)
      .superRefine((text, ctx) => {
        if (text.includes(' ')) ctx.addIssue({ code: 'custom', message: 'no spaces' });
      });
    expectAlwaysValid(superRefined, 500);
  });

  it('fails loudly instead of hanging when a refinement rejects everything', () => {
    const impossible = z.string().refine(() => false);
    expect(() => fc.sample(arbitraryFromSchema(impossible), 1)).toThrow(/could not generate/);
  });

  it('refuses schemas it cannot model with a clear error', () => {
    type Category = { name: string; children: Category[] };
    const category: z.ZodType<Category> = z.lazy(() => z.object({ name: z.string(), children: z.array(category) }));
    expect(() => arbitraryFromSchema(category)).toThrow(/recursive/);
    expect(() => arbitraryFromSchema(z.bigint())).toThrow(/no generator for zod type "bigint"/);
  });
});

describe('arbitraryHostileBody', () => {
  const requiredKeys = ['email', 'name', 'role', 'tags'];
  let samples: unknown[] = [];
  beforeAll(() => {
    samples = fc.sample(arbitraryHostileBody(signup), 300);
  });

  it('produces both bodies that parse and bodies that do not', () => {
    const valid = samples.filter((body) => signup.safeParse(body).success).length;
    expect(valid).toBeGreaterThan(30);
    expect(samples.length - valid).toBeGreaterThan(30);
  });

  it('includes near-valid objects: a required field missing, a field of the wrong type, an unknown key', () => {
    const objects = samples.filter(
      (body): body is Record<string, unknown> => typeof body === 'object' && body !== null,
    );
    const failing = objects.filter((body) => !signup.safeParse(body).success);
    const hasAllRequired = (body: Record<string, unknown>) => requiredKeys.every((key) => key in body);
    expect(failing.some((body) => !hasAllRequired(body) && Object.keys(body).length >= 3)).toBe(true);
    expect(failing.some((body) => hasAllRequired(body) && Object.keys(body).every((key) => key in signup.shape))).toBe(
      true,
    );
    expect(
      failing.some((body) => hasAllRequired(body) && Object.keys(body).some((key) => !(key in signup.shape))),
    ).toBe(true);
  });

  it('only produces JSON-serialisable values, including nasty strings', () => {
    const many = fc.sample(arbitraryHostileBody(signup), 3000);
    const serialised = many.map((body) => JSON.stringify(body));
    expect(serialised.every((json) => typeof json === 'string')).toBe(true);
    expect(serialised.some((json) => json.includes('\\u0000'))).toBe(true);
    expect(serialised.some((json) => json.length > 10_000)).toBe(true);
    expect(serialised.some((json) => json.includes('خزر'))).toBe(true);
  });
});
