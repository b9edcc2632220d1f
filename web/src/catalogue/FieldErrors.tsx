import type { ApiProblem } from '../api/client.ts';

/** The server's messages for one field (and the parts inside it), shown next to that field. */
export function FieldErrors({ problem, path }: { problem: ApiProblem | null; path: string }) {
  const errors = (problem?.problem.errors ?? []).filter(
    (error) => error.path === path || error.path.startsWith(`${path}.`),
  );
  if (errors.length === 0) return null;
  return (
    <span className="field-errors" role="alert" data-path={path}>
      {errors.map((error) => (
        <span key={`${error.path}|${error.code}`}>{error.message}</span>
      ))}
    </span>
  );
}
