import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';

/** Whether the runtime knows the IANA zone; Intl refuses unknown ones with a RangeError. */
export function isKnownTimeZone(timeZone: string): boolean {
  if (!timeZone.includes('/') && timeZone !== 'UTC') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Days from one edition's opening to another's: what a copied programme is moved by. */
export function daysBetween(fromStartsOn: string, toStartsOn: string): number {
  return differenceInCalendarDays(parseISO(toStartsOn), parseISO(fromStartsOn));
}

export function shiftDate(isoDate: string, days: number): string {
  return format(addDays(parseISO(isoDate), days), 'yyyy-MM-dd');
}

/** Panel ids are "<edition id>/<panel slug>"; the copy keeps the slug under the new edition. */
export function copiedPanelId(panelId: string, fromEditionId: string, toEditionId: string): string {
  const prefix = `${fromEditionId}/`;
  return `${toEditionId}/${panelId.startsWith(prefix) ? panelId.slice(prefix.length) : panelId}`;
}

/** "caspian-expo-2025" becomes "caspian-expo-2026" for a 2026 edition; otherwise the edition's own id names it. */
export function copiedExpoId(
  expoId: string,
  toEditionId: string,
  toStartsOn: string,
  taken: ReadonlySet<string>,
): string {
  const byYear = expoId.replace(/\d{4}$/, toStartsOn.slice(0, 4));
  if (byYear !== expoId && !taken.has(byYear)) return byYear;
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? `${toEditionId}-expo` : `${toEditionId}-expo-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

export function isDateOrderValid(startsOn: string, endsOn: string): boolean {
  return startsOn <= endsOn;
}

/** A language emptied in a form is removed, so it counts as missing rather than as written. */
export function withoutBlankLanguages<T extends Partial<Record<string, string | undefined>>>(text: T): T {
  return Object.fromEntries(
    Object.entries(text).filter(([, value]) => value !== undefined && value.trim() !== ''),
  ) as T;
}

const TEXT_FIELDS = ['name', 'slogan', 'city', 'venue'] as const;

/** The texts among some changes with their blank languages removed; the other fields as they are. */
export function withoutBlankTexts<C extends Partial<Record<(typeof TEXT_FIELDS)[number], Record<string, string>>>>(
  changes: C,
): C {
  const cleaned = { ...changes };
  for (const field of TEXT_FIELDS) {
    const text = cleaned[field];
    if (text) cleaned[field] = withoutBlankLanguages(text) as C[typeof field];
  }
  return cleaned;
}
