import type { ApiProblem } from '../api/client.ts';
import { LOCALES } from '../i18n/locales.ts';

const isWithin = (errorPath: string, path: string) => errorPath === path || errorPath.startsWith(`${path}.`);

/**
 * The server's messages (already in the reader's language) that belong beside the field at
 * `path`: its own and, unless `exact`, those of the parts inside it (`languages.0`). Business
 * refusals about one field (an e-mail already registered) come as an entry for that field too.
 */
export function messagesAt(problem: ApiProblem | null, path: string, { exact = false } = {}): string[] {
  return (problem?.problem.errors ?? [])
    .filter((error) => (exact ? error.path === path : isWithin(error.path, path)))
    .map((error) => error.message);
}

/** Whether every part of the problem stands beside one of the form's fields, so no summary is needed. */
export function isShownAtFields(problem: ApiProblem, paths: readonly string[]): boolean {
  const errors = problem.problem.errors ?? [];
  return errors.length > 0 && errors.every((error) => paths.some((path) => isWithin(error.path, path)));
}

/**
 * A refused field named in the reader's words from the form's own labels (`names`, keyed by the
 * path's first part: `startsOn`, `expos`), never by its path. A language part names the language
 * ("name.fa" → "Name (Persian)"); null when the form has no label for it, and the message stands alone.
 */
export function fieldNameOf(
  path: string,
  names: Readonly<Record<string, string>>,
  languageNameOf: (code: string) => string,
): string | null {
  const parts = path.split('.').filter((part) => !/^\d+$/.test(part));
  const name = parts.slice(0, -1).length > 0 && names[parts.slice(0, -1).join('.')];
  const exact = names[parts.join('.')];
  if (exact) return exact;
  const language = parts.at(-1) ?? '';
  if (name && (LOCALES as readonly string[]).includes(language)) return `${name} (${languageNameOf(language)})`;
  return names[parts[0] ?? ''] ?? null;
}
