import type { ApiProblem } from '../api/client.ts';
import { fieldMessages } from './field-problems.ts';

/** The server's messages for one field, in the reader's language, shown right under that field. */
export function FieldMessages({ problem, path }: { problem: ApiProblem | null; path: string }) {
  const messages = fieldMessages(problem, path);
  if (messages.length === 0) return null;
  return (
    <span className="field-errors" role="alert" data-path={path}>
      {messages.map((message, index) => (
        <span key={index}>{message}</span>
      ))}
    </span>
  );
}
