import type { ApiProblem } from '../api/client.ts';
import { FieldErrors } from '../app/FieldErrors.tsx';
import { fieldMessages } from './field-problems.ts';

/** The server's messages for one field of the network editor, including refusals that concern that field. */
export function FieldMessages({ problem, path }: { problem: ApiProblem | null; path: string }) {
  return <FieldErrors messages={fieldMessages(problem, path)} path={path} />;
}
