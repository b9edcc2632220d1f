import type { ApiProblem } from '../api/client.ts';
import { messagesFor } from './problem-fields.ts';

export function FieldMessage({ problem, path }: { problem: ApiProblem | null; path: string }) {
  const messages = messagesFor(problem, path);
  if (messages.length === 0) return null;
  return (
    <span className="field-errors" role="alert" data-path={path}>
      {messages.map((message, index) => (
        <span key={index}>{message}</span>
      ))}
    </span>
  );
}
