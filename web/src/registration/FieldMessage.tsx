import type { ApiProblem } from '../api/client.ts';
import { FieldErrors } from '../app/FieldErrors.tsx';
import { messagesFor } from './problem-fields.ts';

export function FieldMessage({ problem, path }: { problem: ApiProblem | null; path: string }) {
  return <FieldErrors messages={messagesFor(problem, path)} path={path} />;
}
