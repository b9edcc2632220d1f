import type { ApiProblem } from '../api/client.ts';

/**
 * Problems with a group as a whole (the list of changes is empty, a change of unknown kind); the
 * fields inside the group show their own, so prefixes are not matched here.
 */
export function ExactFieldMessage({ problem, path }: { problem: ApiProblem | null; path: string }) {
  const messages = (problem?.problem.errors ?? []).filter((error) => error.path === path).map((error) => error.message);
  if (messages.length === 0) return null;
  return (
    <span className="field-errors" role="alert" data-path={path}>
      {messages.map((message, index) => (
        <span key={index}>{message}</span>
      ))}
    </span>
  );
}
