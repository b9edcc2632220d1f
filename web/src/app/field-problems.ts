import type { ApiProblem } from '../api/client.ts';

const isWithin = (errorPath: string, path: string) => errorPath === path || errorPath.startsWith(`${path}.`);

/**
 * The server's messages (already in the reader's language) that belong beside the field at
 * `path`: its own and, unless `exact`, those of the parts inside it (`languages.0`). Business
 * refusals about one field (an e-mail already registered) come as an entry for that field too.
 */
export function messagesAt(problem: ApiProblem | null, path: string, { exact = false } = {}): string[] {
  return (problem?.problem.errors ?? [])
    .filter((error) => (exact ? error.path === path : isWithin(error.path, path)))
    .map((error) => error.message);
}

/** Whether every part of the problem stands beside one of the form's fields, so no summary is needed. */
export function isShownAtFields(problem: ApiProblem, paths: readonly string[]): boolean {
  const errors = problem.problem.errors ?? [];
  return errors.length > 0 && errors.every((error) => paths.some((path) => isWithin(error.path, path)));
}
