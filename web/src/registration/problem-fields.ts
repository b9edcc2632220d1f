import type { ApiProblem } from '../api/client.ts';

// Business refusals that concern one field, so the form can show them next to it.
const FIELD_OF_CODE: Record<string, string> = {
  participant_email_taken: 'email',
  delegation_head_taken: 'role',
  delegation_full: 'role',
  delegation_not_found: 'provinceId',
  province_not_found: 'provinceId',
};

/** The messages (already in the reader's language) that belong next to one field. */
export function messagesFor(problem: ApiProblem | null, path: string): string[] {
  if (!problem) return [];
  const fieldMessages = (problem.problem.errors ?? [])
    .filter((error) => error.path === path || error.path.startsWith(`${path}.`))
    .map((error) => error.message);
  return FIELD_OF_CODE[problem.problem.code] === path ? [problem.problem.detail, ...fieldMessages] : fieldMessages;
}

/** Whether the problem is shown beside a field rather than only at the top of the form. */
export function isFieldProblem(problem: ApiProblem): boolean {
  return problem.problem.code in FIELD_OF_CODE || (problem.problem.errors?.length ?? 0) > 0;
}
