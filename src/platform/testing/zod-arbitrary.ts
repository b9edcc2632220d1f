import fc from 'fast-check';
import { z } from 'zod';
import type * as core from 'zod/v4/core';

type Schema = core.$ZodType;
type CheckDef = core.$ZodChecks['_zod']['def'];
type TypeName = core.$ZodTypeDef['type'];

const LENGTH_CHECKS = new Set(['min_length', 'max_length', 'length_equals']);
// Leaves are cheap to re-validate, so the guard catches what the model misses (trim, refine, min length on a format);
// custom and transform schemas have no model at all.
const ALWAYS_GUARDED = new Set<TypeName>([
  'string',
  'number',
  'int',
  'date',
  'template_literal',
  'custom',
  'transform',
]);
const MAX_REJECTIONS_IN_A_ROW = 10_000;
const INT32 = { min: -(2 ** 31), max: 2 ** 31 - 1 };
const FLOAT64 = { min: -Number.MAX_VALUE, max: Number.MAX_VALUE };
const NUMBER_FORMAT_RANGES: Record<core.$ZodNumberFormats, { min: number; max: number }> = {
  safeint: { min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER },
  int32: INT32,
  uint32: { min: 0, max: 2 ** 32 - 1 },
  float32: { min: -3.4028234663852886e38, max: 3.4028234663852886e38 },
  float64: FLOAT64,
};

const schemasBeingWalked = new Set<Schema>();

/** Values that `schema.safeParse` accepts, i.e. valid request bodies. */
export function arbitraryFromSchema(schema: z.ZodType): fc.Arbitrary<unknown> {
  return walk(schema);
}

function walk(schema: Schema): fc.Arbitrary<unknown> {
  // Without this, a recursive schema would overflow the stack with an unhelpful RangeError.
  if (schemasBeingWalked.has(schema)) throw new Error('zod-arbitrary: recursive schemas are not supported');
  schemasBeingWalked.add(schema);
  try {
    const base = baseArbitrary(schema);
    return needsGuard(schema) ? keepValid(base, schema) : base;
  } finally {
    schemasBeingWalked.delete(schema);
  }
}

function needsGuard(schema: Schema): boolean {
  const def = schema._zod.def;
  const unmodelledCheck = (def.checks ?? []).some((check) => !LENGTH_CHECKS.has(check._zod.def.check));
  return ALWAYS_GUARDED.has(def.type) || unmodelledCheck;
}

/** Filters by the schema, but fails loudly instead of looping forever when the schema rejects (almost) everything. */
function keepValid<T>(base: fc.Arbitrary<T>, schema: Schema): fc.Arbitrary<T> {
  let rejectedInARow = 0;
  return base.filter((value) => {
    const valid = z.safeParse(schema, value).success;
    rejectedInARow = valid ? 0 : rejectedInARow + 1;
    if (rejectedInARow < MAX_REJECTIONS_IN_A_ROW) return valid;
    throw new Error(`zod-arbitrary: could not generate a valid "${schema._zod.def.type}" value; model it explicitly`);
  });
}

function baseArbitrary(schema: Schema): fc.Arbitrary<unknown> {
  const def = schema._zod.def;
  switch (def.type) {
    case 'string':
      return stringArbitrary(checkDefsOf(schema));
    case 'number':
    case 'int':
      return numberArbitrary(checkDefsOf(schema));
    case 'date':
      return dateArbitrary(checkDefsOf(schema));
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'undefined':
    case 'void':
      return fc.constant(undefined);
    case 'nan':
      return fc.constant(Number.NaN);
    case 'any':
    case 'unknown':
    case 'custom':
    case 'transform':
      return fc.jsonValue();
    case 'enum':
    case 'literal':
      return fc.constantFrom(...(schema._zod.values ?? []));
    case 'template_literal':
      return fc.stringMatching(schema._zod.pattern ?? /^$/);
    case 'object':
      return objectArbitrary(def as core.$ZodObjectDef);
    case 'array':
      return fc.array(walk((def as core.$ZodArrayDef).element), lengthBounds(checkDefsOf(schema)));
    case 'record':
      return recordArbitrary(def as core.$ZodRecordDef);
    case 'union':
      return unionArbitrary(schema, def as core.$ZodUnionDef);
    case 'pipe':
      return pipeArbitrary(schema, def as core.$ZodPipeDef);
    case 'lazy':
      return walk((def as core.$ZodLazyDef).getter());
    case 'optional':
      return schema._zod.traits.has('$ZodExactOptional') ? inner(def) : fc.option(inner(def), { nil: undefined });
    case 'default':
    case 'prefault':
      return fc.option(inner(def), { nil: undefined });
    case 'nullable':
      return fc.option(inner(def), { nil: null });
    case 'nonoptional':
      return inner(def).filter((value) => value !== undefined);
    case 'readonly':
    case 'catch':
      return inner(def);
    default:
      throw new Error(`zod-arbitrary: no generator for zod type "${def.type}"`);
  }
}

function inner(def: core.$ZodTypeDef): fc.Arbitrary<unknown> {
  return walk((def as core.$ZodOptionalDef).innerType);
}

/** Format schemas such as z.email() or z.int() are checks themselves, so their def counts as one. */
function checkDefsOf(schema: Schema): CheckDef[] {
  const def = schema._zod.def as core.$ZodTypeDef & { check?: string };
  const own = def.check ? [def as unknown as CheckDef] : [];
  return [...own, ...(def.checks ?? []).map((check) => check._zod.def as CheckDef)];
}

function lengthBounds(checks: CheckDef[]): { minLength?: number; maxLength?: number } {
  const bounds: { minLength?: number; maxLength?: number } = {};
  for (const check of checks) {
    if (check.check === 'min_length') bounds.minLength = Math.max(bounds.minLength ?? 0, check.minimum);
    if (check.check === 'max_length') bounds.maxLength = Math.min(bounds.maxLength ?? Infinity, check.maximum);
    if (check.check === 'length_equals') bounds.minLength = bounds.maxLength = check.length;
  }
  return bounds;
}

// Mostly ASCII plus single-UTF-16-unit BMP letters (Persian, Cyrillic, CJK), so fc's length equals zod's `.length`.
const textCharacter = fc.oneof(
  { weight: 3, arbitrary: fc.string({ minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0xa0, max: 0xd7ff }).map((code) => String.fromCharCode(code)) },
);

function stringArbitrary(checks: CheckDef[]): fc.Arbitrary<string> {
  const { minLength, maxLength } = lengthBounds(checks);
  const format = checks.find((check) => check.check === 'string_format');
  if (format?.format === 'url') return fc.webUrl();
  if (format?.format === 'base64') return fc.base64String({ maxLength });
  if (format?.pattern) return patternArbitrary(format.pattern, maxLength);
  return fc.string({ unit: textCharacter, minLength, maxLength });
}

function patternArbitrary(pattern: RegExp, maxLength: number | undefined): fc.Arbitrary<string> {
  // fast-check refuses the `i` flag; the case-sensitive pattern matches a subset of the same strings.
  const supported = new RegExp(pattern.source, pattern.flags.replace(/[^dgmsu]/g, ''));
  try {
    return fc.stringMatching(supported, { maxLength });
  } catch {
    return fc.string({ unit: textCharacter, maxLength }); // e.g. lookaheads; the guard decides
  }
}

function numericBounds(checks: CheckDef[], fallback: { min: number; max: number }) {
  let { min, max } = fallback;
  let minExcluded = false,
    maxExcluded = false,
    integer = false,
    multipleOf: number | undefined;
  for (const check of checks) {
    if (check.check === 'greater_than' && Number(check.value) >= min)
      [min, minExcluded] = [Number(check.value), !check.inclusive];
    if (check.check === 'less_than' && Number(check.value) <= max)
      [max, maxExcluded] = [Number(check.value), !check.inclusive];
    if (check.check === 'multiple_of') multipleOf = Number(check.value);
    if (check.check === 'number_format') {
      integer ||= check.format !== 'float32' && check.format !== 'float64';
      min = Math.max(min, NUMBER_FORMAT_RANGES[check.format].min);
      max = Math.min(max, NUMBER_FORMAT_RANGES[check.format].max);
    }
  }
  return { min, max, minExcluded, maxExcluded, integer, multipleOf };
}

function numberArbitrary(checks: CheckDef[]): fc.Arbitrary<number> {
  const bounds = numericBounds(checks, FLOAT64);
  if (bounds.multipleOf !== undefined) {
    const step = bounds.multipleOf;
    const min = Math.max(Math.ceil(bounds.min / step), INT32.min),
      max = Math.min(Math.floor(bounds.max / step), INT32.max);
    return fc.integer({ min, max }).map((multiple) => multiple * step);
  }
  if (bounds.integer) {
    const min = bounds.minExcluded ? Math.floor(bounds.min) + 1 : Math.ceil(bounds.min);
    const max = bounds.maxExcluded ? Math.ceil(bounds.max) - 1 : Math.floor(bounds.max);
    return fc.integer({ min, max });
  }
  const { min, max, minExcluded, maxExcluded } = bounds;
  return fc.double({ min, max, minExcluded, maxExcluded, noNaN: true, noDefaultInfinity: true });
}

function dateArbitrary(checks: CheckDef[]): fc.Arbitrary<Date> {
  const { min, max, minExcluded, maxExcluded } = numericBounds(checks, { min: -8.64e15, max: 8.64e15 });
  return fc.date({
    min: new Date(min + Number(minExcluded)),
    max: new Date(max - Number(maxExcluded)),
    noInvalidDate: true,
  });
}

function objectArbitrary(def: core.$ZodObjectDef): fc.Arbitrary<Record<string, unknown>> {
  const fields = Object.entries(def.shape);
  const model = Object.fromEntries(fields.map(([key, field]) => [key, walk(field)]));
  const requiredKeys = fields.filter(([, field]) => field._zod.optin === undefined).map(([key]) => key);
  return fc.record(model, { requiredKeys, noNullPrototype: true });
}

function recordArbitrary(def: core.$ZodRecordDef): fc.Arbitrary<Record<string, unknown>> {
  const value = walk(def.valueType);
  const finiteKeys = def.keyType._zod.values;
  if (!finiteKeys) return fc.dictionary(walk(def.keyType).map(String), value, { maxKeys: 5, noNullPrototype: true });
  // A record keyed by an enum or literal must contain every key unless it is a partialRecord.
  const model = Object.fromEntries([...finiteKeys].map((key) => [String(key), value]));
  return fc.record(model, { requiredKeys: def.partial ? [] : Object.keys(model), noNullPrototype: true });
}

function unionArbitrary(schema: Schema, def: core.$ZodUnionDef): fc.Arbitrary<unknown> {
  const anyOption = fc.oneof(...def.options.map(walk));
  // z.xor() rejects values that match more than one option.
  return def.inclusive === false ? keepValid(anyOption, schema) : anyOption;
}

function pipeArbitrary(schema: Schema, def: core.$ZodPipeDef): fc.Arbitrary<unknown> {
  // z.preprocess: its input is unknown, so feed it what the target accepts.
  if (def.in._zod.def.type === 'transform') return keepValid(walk(def.out), schema);
  const input = walk(def.in);
  // A plain .transform() accepts everything its input does; a pipe into another schema may not.
  return def.out._zod.def.type === 'transform' ? input : keepValid(input, schema);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    'x'.repeat(10_000),
    'nul\u0000byte',
    '\u202Egnp.exe\u202C',
    'سلام، دریای خزر',
    'می‌خواهم',
    '👩‍👩‍👧‍👦🇮🇷',
  ),
  fc.constantFrom('\uD800', 'tail\uDFFF', '', '   ', "' OR 1=1 --", '<script>alert(1)</script>'),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(0, -0, -1, 1.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, Number.NaN, Infinity),
  fc.double(),
  fc.constantFrom(null, true, false),
  fc.array(fc.jsonValue(), { maxLength: 5 }),
  fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 5, noNullPrototype: true }),
  fc.constant(JSON.parse('{"__proto__":{"isAdmin":true}}')),
);
const unknownKey = fc.oneof(fc.constantFrom('unexpected', 'isAdmin', '__proto__', 'constructor'), fc.string());

/**
 * Valid bodies; valid bodies with one field removed, replaced by a hostile value or joined by an unknown key;
 * and arbitrary JSON. For asserting that an endpoint never answers 5xx.
 */
export function arbitraryHostileBody(schema: z.ZodType): fc.Arbitrary<unknown> {
  const validBody = arbitraryFromSchema(schema);
  return fc.oneof(validBody, validBody.chain(mutationsOf), fc.jsonValue(), hostileValue);
}

function mutationsOf(body: unknown): fc.Arbitrary<unknown> {
  if (!isPlainObject(body)) return hostileValue;
  // A computed key defines an own property even for "__proto__" instead of changing the prototype.
  const withField = (key: string, value: unknown) => ({ ...body, [key]: value });
  const withoutField = (key: string) => Object.fromEntries(Object.entries(body).filter(([name]) => name !== key));
  const keys = Object.keys(body);
  const addUnknownKey = fc.tuple(unknownKey, hostileValue).map(([key, value]) => withField(key, value));
  if (keys.length === 0) return addUnknownKey;
  const key = fc.constantFrom(...keys);
  // Recursing into nested objects lets the one broken field sit at any depth.
  const replacementFor = (name: string) =>
    isPlainObject(body[name]) ? fc.oneof(hostileValue, mutationsOf(body[name])) : hostileValue;
  const replaceField = key.chain((name) => replacementFor(name).map((value) => withField(name, value)));
  return fc.oneof(addUnknownKey, key.map(withoutField), replaceField);
}
