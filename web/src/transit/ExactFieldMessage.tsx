import type { ApiProblem } from '../api/client.ts';
import { FieldErrors } from '../app/FieldErrors.tsx';

/**
 * Problems with a group as a whole (the list of changes is empty, a change of unknown kind); the
 * fields inside the group show their own, so prefixes are not matched here.
 */
export function ExactFieldMessage({ problem, path }: { problem: ApiProblem | null; path: string }) {
  return (
    <FieldErrors
      messages={(problem?.problem.errors ?? []).filter((error) => error.path === path).map((error) => error.message)}
      path={path}
    />
  );
}
