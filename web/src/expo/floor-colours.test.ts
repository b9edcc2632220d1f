import { describe, expect, it } from 'vitest';
import type { ExpoFloor } from '../api/types.ts';
import { directoryQueryOf, exhibitorsQuery } from './directory-query.ts';
import { exhibitorColours, floorLegend } from './floor-colours.ts';

const booth = (id: string, code: string, exhibitor: { id: string; organisation: string } | null) => ({
  id,
  hallId: 'h',
  code,
  xM: 0,
  yM: 0,
  widthM: 3,
  depthM: 3,
  exhibitor: exhibitor && { ...exhibitor, isDemo: false },
});
const tea = { id: 'e-tea', organisation: 'Tea House' };
const fish = { id: 'e-fish', organisation: 'Fish Co' };
const floor: ExpoFloor = {
  halls: [
    {
      id: 'h1',
      expoId: 'x',
      name: { en: 'A' },
      widthM: 10,
      depthM: 10,
      sortOrder: 0,
      isDemo: false,
      booths: [booth('1', 'A1', tea), booth('2', 'A2', null), booth('3', 'A3', fish)],
    },
    {
      id: 'h2',
      expoId: 'x',
      name: { en: 'B' },
      widthM: 10,
      depthM: 10,
      sortOrder: 1,
      isDemo: false,
      booths: [booth('4', 'B1', tea)],
    },
  ],
};

describe('the floor plan legend', () => {
  it('gives each exhibitor one colour wherever its booths are, and different exhibitors different ones', () => {
    const colours = exhibitorColours(floor);
    expect(colours.size).toBe(2);
    expect(colours.get('e-tea')).not.toBe(colours.get('e-fish'));
  });

  it('lists each exhibitor once with all its booth codes', () => {
    expect(floorLegend(floor).map((entry) => [entry.organisation, entry.codes])).toEqual([
      ['Tea House', ['A1', 'B1']],
      ['Fish Co', ['A3']],
    ]);
  });
});

describe('the directory query', () => {
  it('leaves empty filters out and pages by offset', () => {
    const filters = { province: 'gilan', country: '', hs: ' 03 ', language: '', q: '' };
    expect(directoryQueryOf(filters).toString()).toBe('province=gilan&hs=03');
    expect(exhibitorsQuery(filters, 40)).toEqual({
      province: 'gilan',
      hs: '03',
      limit: 20,
      offset: 40,
    });
  });

  it('asks the API only for a language the platform has, and for the first page without an offset', () => {
    const filters = { province: '', country: 'RU', hs: '', language: 'xx', q: ' tea ' };
    expect(exhibitorsQuery(filters, 0)).toEqual({ country: 'RU', q: 'tea', limit: 20 });
    expect(exhibitorsQuery({ ...filters, language: 'ru' }, 0).language).toBe('ru');
  });
});
