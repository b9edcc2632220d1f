import type { ApiProblem } from '../api/client.ts';
import { isShownAtFields } from './field-problems.ts';
import { ProblemMessage } from './ProblemMessage.tsx';

/** The whole problem above or under a form, unless every part of it already stands beside its field. */
export function FormProblem({ problem, fields }: { problem: ApiProblem | null; fields: readonly string[] }) {
  if (!problem || isShownAtFields(problem, fields)) return null;
  return <ProblemMessage problem={problem} />;
}
