import { LOCALES, type Locale, type LocalizedText } from '../i18n/locales.ts';
import { pickText } from '../i18n/pick-text.ts';

type Entry = {
  actorUserId: string | null;
  actorEmail: string | null;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
};

/** What an audit entry is about, named for a person: "admin@example.org", «Гилян», never "user/<uuid>". */
export type AuditSubject = { text: string; language: Locale | null };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The fields a logged state names its entity by, the most telling first. */
const NAME_FIELDS = ['email', 'displayName', 'names', 'name', 'title', 'nameNative', 'nameLatin', 'topic', 'code'];

const isLocalizedText = (value: unknown): value is LocalizedText =>
  typeof value === 'object' &&
  value !== null &&
  Object.keys(value).length > 0 &&
  Object.entries(value).every(
    ([key, text]) => (LOCALES as readonly string[]).includes(key) && typeof text === 'string',
  );

function nameIn(state: unknown, locale: Locale): AuditSubject | null {
  if (typeof state !== 'object' || state === null) return null;
  for (const field of NAME_FIELDS) {
    const value = (state as Record<string, unknown>)[field];
    if (typeof value === 'string' && value.trim() !== '') return { text: value, language: null };
    if (isLocalizedText(value)) {
      const picked = pickText(value, locale);
      if (picked) return { text: picked.text, language: picked.language };
    }
  }
  return null;
}

/**
 * The subject's name from the entry's own states, else from another entry about the same entity
 * (a sign-in logs no state, the account's creation does), else the actor when a person acted on
 * their own account. A readable id (a province's `gilan`, an edition's slug) is shown as it is;
 * a bare UUID is not a name, and null says none was found.
 */
export function auditSubject(entry: Entry, entries: readonly Entry[], locale: Locale): AuditSubject | null {
  const sameEntity = entries.filter(
    (other) => other.entityType === entry.entityType && other.entityId === entry.entityId,
  );
  for (const candidate of [entry, ...sameEntity]) {
    const name = nameIn(candidate.after, locale) ?? nameIn(candidate.before, locale);
    if (name) return name;
  }
  if (entry.entityType === 'user' && entry.entityId === entry.actorUserId && entry.actorEmail) {
    return { text: entry.actorEmail, language: null };
  }
  return UUID.test(entry.entityId) ? null : { text: entry.entityId, language: null };
}
