import type { ApiProblem } from '../api/client.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { isShownAtFields } from './field-problems.ts';

/** The whole problem under the form, unless every part of it already stands next to its field. */
export function FormProblem({ problem, fields }: { problem: ApiProblem | null; fields: readonly string[] }) {
  if (!problem || isShownAtFields(problem, fields)) return null;
  return <ProblemMessage problem={problem} />;
}
