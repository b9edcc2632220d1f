import { describe, expect, it } from 'vitest';
import { copiedExpoId, copiedPanelId, daysBetween, isKnownTimeZone, shiftDate } from './edition-rules.ts';

describe('edition time zones', () => {
  it('knows IANA zones and refuses made-up ones and bare abbreviations', () => {
    expect(isKnownTimeZone('Asia/Tehran')).toBe(true);
    expect(isKnownTimeZone('Asia/Baku')).toBe(true);
    expect(isKnownTimeZone('Caspian/Rasht')).toBe(false);
    expect(isKnownTimeZone('IRST')).toBe(false);
  });
});

describe('copying an edition', () => {
  it('counts the days between openings across a leap day', () => {
    expect(daysBetween('2025-11-18', '2026-11-17')).toBe(364);
    expect(daysBetween('2027-11-18', '2028-11-18')).toBe(366);
  });

  it('shifts calendar dates over a month end', () => {
    expect(shiftDate('2025-11-21', 10)).toBe('2025-12-01');
  });

  it('keeps the panel slug under the new edition id', () => {
    expect(
      copiedPanelId('caspian-governors-summit-2025/panel-2-transit', 'caspian-governors-summit-2025', 'summit-2026'),
    ).toBe('summit-2026/panel-2-transit');
  });

  it('renames the expo by year, or after the edition when the year gives nothing new', () => {
    expect(copiedExpoId('caspian-expo-2025', 'summit-2026', '2026-10-01', new Set())).toBe('caspian-expo-2026');
    expect(copiedExpoId('caspian-expo-2025', 'summit-2026', '2026-10-01', new Set(['caspian-expo-2026']))).toBe(
      'summit-2026-expo',
    );
    expect(copiedExpoId('caspian-expo-2025', 'summit-2025-autumn', '2025-12-01', new Set())).toBe(
      'summit-2025-autumn-expo',
    );
    expect(copiedExpoId('trade-fair', 'summit-2026', '2026-10-01', new Set(['summit-2026-expo']))).toBe(
      'summit-2026-expo-2',
    );
  });
});
