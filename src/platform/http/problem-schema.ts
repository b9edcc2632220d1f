import { z } from 'zod';
import { ERROR_CODES, type ErrorCode } from '../errors/error-codes.ts';

export const ProblemSchema = z
  .object({
    type: z.string().describe('URI of the problem type'),
    title: z.string().describe('Short summary in the request language'),
    status: z.number().int().describe('HTTP status code'),
    detail: z.string().describe('Explanation in the request language'),
    code: z.enum(ERROR_CODES as [ErrorCode, ...ErrorCode[]]).describe('Machine-readable error code'),
    errors: z
      .array(
        z.object({
          path: z.string().describe('Dotted path of the field, e.g. overview.fa'),
          code: z.string().describe('Machine-readable reason'),
          message: z.string().describe('Reason in the request language'),
        }),
      )
      .optional()
      .describe('One entry per invalid field'),
  })
  .describe('RFC 9457 problem details');

/** Documents the error answers a route can give next to its success schema. */
export function withProblems<T extends Record<number, z.ZodType>>(responses: T, ...statuses: number[]) {
  return { ...responses, ...Object.fromEntries(statuses.map((status) => [status, ProblemSchema])) } as T;
}

/** A problem that carries extension members of its own (the session in the way, the legs that block a route). */
export function problemWith<T extends z.ZodRawShape>(members: z.ZodObject<T>) {
  return ProblemSchema.extend(members.shape).describe(members.description ?? 'RFC 9457 problem details');
}
