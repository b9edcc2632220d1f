import type { ApiProblem } from '../api/client.ts';
import { isShownAtFields } from './field-problems.ts';
import { ProblemMessage } from './ProblemMessage.tsx';

type Props = {
  problem: ApiProblem | null;
  fields: readonly string[];
  /** The form's labels by path, for the fields the summary lists. */
  fieldNames?: Readonly<Record<string, string>>;
};

/** The whole problem above or under a form, unless every part of it already stands beside its field. */
export function FormProblem({ problem, fields, fieldNames }: Props) {
  if (!problem || isShownAtFields(problem, fields)) return null;
  return <ProblemMessage problem={problem} fieldNames={fieldNames} />;
}
