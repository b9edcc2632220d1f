/** The server's messages for one form field, already in the reader's language, shown right under that field. */
export function FieldErrors({ messages, path }: { messages: readonly string[]; path: string }) {
  if (messages.length === 0) return null;
  // Two parts of one field can be refused in the same words ("languages.0", "languages.1"): the sentence shows once.
  const distinct = [...new Set(messages)];
  return (
    <span className="field-errors" role="alert" data-path={path}>
      {distinct.map((message) => (
        <span key={message}>{message}</span>
      ))}
    </span>
  );
}
