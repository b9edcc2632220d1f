/** The server's messages for one form field, already in the reader's language, shown right under that field. */
export function FieldErrors({ messages, path }: { messages: readonly string[]; path: string }) {
  if (messages.length === 0) return null;
  return (
    <span className="field-errors" role="alert" data-path={path}>
      {messages.map((message, index) => (
        <span key={index}>{message}</span>
      ))}
    </span>
  );
}
