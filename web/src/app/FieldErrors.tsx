import type { ApiProblem } from '../api/client.ts';
import { messagesAt } from './field-problems.ts';

type Props = { problem: ApiProblem | null; path: string; exact?: boolean };

/** The server's messages for one form field, already in the reader's language, shown right under that field. */
export function FieldErrors({ problem, path, exact = false }: Props) {
  // Two parts of one field can be refused in the same words ("languages.0", "languages.1"): the sentence shows once.
  const messages = [...new Set(messagesAt(problem, path, { exact }))];
  if (messages.length === 0) return null;
  return (
    <span className="field-errors" role="alert" data-path={path}>
      {messages.map((message) => (
        <span key={message}>{message}</span>
      ))}
    </span>
  );
}
