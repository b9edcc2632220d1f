import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../errors/app-error.ts';
import { isErrorCode } from '../errors/error-codes.ts';
import { statusOf } from './problem.ts';
import { withProblems } from './problem-schema.ts';

const ProblemTypeView = z.object({ code: z.string(), status: z.number().int(), title: z.string(), detail: z.string() });

export function platformRoutes(app: FastifyInstance): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/problems/:code',
    {
      schema: {
        tags: ['platform'],
        params: z.object({ code: z.string().max(64) }).strict(),
        response: withProblems({ 200: ProblemTypeView }, 404),
      },
    },
    async (request) => {
      const { code } = request.params;
      if (!isErrorCode(code)) throw new AppError('problem_type_not_found', { id: code });
      return {
        code,
        status: statusOf(code),
        title: request.t(`problem.${code}.title`),
        detail: request.t(`problem.${code}.detail`),
      };
    },
  );
}
