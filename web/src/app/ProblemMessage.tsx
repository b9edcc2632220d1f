import type { ApiProblem } from '../api/client.ts';

/** The server already wrote the problem in the reader's language; it is shown as it came. */
export function ProblemMessage({ problem }: { problem: ApiProblem }) {
  return (
    <div className="problem" role="alert" data-code={problem.problem.code}>
      <strong>{problem.problem.title}</strong> {problem.problem.detail}
      {problem.problem.errors && (
        <ul>
          {problem.problem.errors.map((error) => (
            <li key={`${error.path}|${error.code}`}>
              <code>{error.path}</code>: {error.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
