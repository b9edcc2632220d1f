import type { ApiProblem } from '../api/client.ts';

/**
 * Business problems that concern one field although the server sends no `errors` list for them:
 * a value out of its bounds belongs next to the value, an id already taken next to the id.
 */
const FIELD_OF_CODE: Record<string, string> = {
  transit_parameter_out_of_range: 'value',
  transit_drafts_inconsistent: 'value',
  transit_node_exists: 'id',
  transit_leg_exists: 'id',
};

/** The server's messages (already in the reader's language) that belong next to the field at `path`. */
export function fieldMessages(problem: ApiProblem | null, path: string): string[] {
  if (!problem) return [];
  const { code, detail, errors } = problem.problem;
  if (FIELD_OF_CODE[code] === path) return [detail];
  return (errors ?? [])
    .filter((error) => error.path === path || error.path.startsWith(`${path}.`))
    .map((error) => error.message);
}

/** Whether every part of the problem is shown next to one of the form's fields, so no summary is needed. */
export function isShownAtFields(problem: ApiProblem, paths: readonly string[]): boolean {
  const { code, errors } = problem.problem;
  if (FIELD_OF_CODE[code]) return paths.includes(FIELD_OF_CODE[code]);
  if (!errors || errors.length === 0) return false;
  return errors.every((error) => paths.some((path) => error.path === path || error.path.startsWith(`${path}.`)));
}
