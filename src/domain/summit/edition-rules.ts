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
