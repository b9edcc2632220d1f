import type { ApiProblem } from '../api/client.ts';

/**
 * The server already wrote the problem in the reader's language; it is shown as it came. A field
 * entry that repeats the problem's own code (a refusal about one field) says what the detail says,
 * so it is not listed twice.
 */
export function ProblemMessage({ problem }: { problem: ApiProblem }) {
  const { code, title, detail, errors = [] } = problem.problem;
  const fieldErrors = errors.filter((error) => error.code !== code);
  return (
    <div className="problem" role="alert" data-code={code}>
      <strong>{title}</strong> {detail}
      {fieldErrors.length > 0 && (
        <ul>
          {fieldErrors.map((error) => (
            <li key={`${error.path}|${error.code}`}>
              <code>{error.path}</code>: {error.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
