/** A padlock drawn inline, so it shows the same in every font; its name comes from the caller. */
export function LockIcon({ label }: { label: string }) {
  return (
    <svg className="lock-icon" viewBox="0 0 16 16" width="14" height="14" role="img" aria-label={label}>
      <title>{label}</title>
      <path d="M4 7V5a4 4 0 0 1 8 0v2h1v8H3V7h1zm2 0h4V5a2 2 0 0 0-4 0v2z" fill="currentColor" />
    </svg>
  );
}
