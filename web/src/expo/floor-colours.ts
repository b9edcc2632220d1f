import type { ExpoFloor } from '../api/types.ts';

// Colours that stay apart from each other and carry dark text (WCAG contrast above 4.5:1 with #1d2b36).
const PALETTE = [
  '#9fd3c7',
  '#f6c177',
  '#b5c7f2',
  '#f4a6a6',
  '#c8e6a0',
  '#e3b7eb',
  '#f9e07f',
  '#a8dadc',
  '#ffc8a2',
  '#cdb4db',
  '#bde0fe',
  '#d9ed92',
];

/** One colour per exhibitor on the floor, in order of first booth, so the legend and the plan agree. */
export function exhibitorColours(floor: ExpoFloor): Map<string, string> {
  const colours = new Map<string, string>();
  for (const hall of floor.halls) {
    for (const booth of hall.booths) {
      if (booth.exhibitor && !colours.has(booth.exhibitor.id))
        colours.set(booth.exhibitor.id, PALETTE[colours.size % PALETTE.length]!);
    }
  }
  return colours;
}

/** Exhibitors on the floor with their booth codes, for the legend. */
export function floorLegend(
  floor: ExpoFloor,
): { id: string; organisation: string; isDemo: boolean; codes: string[] }[] {
  const entries = new Map<string, { id: string; organisation: string; isDemo: boolean; codes: string[] }>();
  for (const hall of floor.halls) {
    for (const booth of hall.booths) {
      if (!booth.exhibitor) continue;
      const entry = entries.get(booth.exhibitor.id) ?? { ...booth.exhibitor, codes: [] };
      entry.codes.push(booth.code);
      entries.set(booth.exhibitor.id, entry);
    }
  }
  return [...entries.values()];
}
