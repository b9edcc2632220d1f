import type { z } from 'zod';
import type { ProblemSchema } from '../../../src/platform/http/problem-schema.ts';

/** RFC 9457 problem details as the server sends them: `code` is one of the closed list of codes. */
export type Problem = z.infer<typeof ProblemSchema>;
export type ProblemCode = Problem['code'];
