import type { FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';
import { invalidFields } from '../errors/app-error.ts';
import { checkWithSchema } from '../errors/field-errors.ts';

/** Validates each part of a request with its zod schema; a refusal names every field at fault. */
export const zodValidatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    const prefix = httpPart && httpPart !== 'body' ? `${httpPart === 'querystring' ? 'query' : httpPart}` : '';
    const checked = checkWithSchema(schema, data, prefix);
    return checked.ok ? { value: checked.value } : { error: invalidFields(checked.fieldErrors) };
  };
