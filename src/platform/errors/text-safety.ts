/**
 * PostgreSQL cannot store U+0000 in text or jsonb, and a lone UTF-16 surrogate is not text at all;
 * both would fail deep in the database. They are refused at the edge, for every field at once.
 */
export function findUnstorableText(value: unknown, path: string[] = []): string[][] {
  if (typeof value === 'string') return isStorableText(value) ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => findUnstorableText(item, [...path, String(index)]));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    isStorableText(key) ? findUnstorableText(inner, [...path, key]) : [[...path, key]],
  );
}

function isStorableText(text: string): boolean {
  return !text.includes('\u0000') && text.isWellFormed();
}
