import { describe, expect, it } from 'vitest';
import { UpdateNodeRequest } from '../../../src/domain/transit/schema.ts';
import type { TransitNode } from '../api/types.ts';
import { nodeDraftOf, nodeIdOf, nodeRequestOf, readCountries } from './node-draft.ts';

const astara: TransitNode = {
  id: 'bc-astara',
  kind: 'border_crossing',
  countries: ['IR', 'AZ'],
  provinceId: 'gilan',
  names: { en: 'Astara', fa: 'آستارا' },
  lat: 38.43,
  lon: 48.87,
  coordinatesAssumed: true,
  coordinatesNote: 'approximate',
  borderDwellHours: null,
  maxDraftM: null,
  note: null,
  updatedAt: '2025-11-01T00:00:00.000Z',
};

describe('the body of a node change', () => {
  it('sends back an unchanged node as a body the server accepts', () => {
    const body = nodeRequestOf(nodeDraftOf(astara));
    expect(UpdateNodeRequest.safeParse(body).success).toBe(true);
    expect(body).toMatchObject({ countries: ['IR', 'AZ'], provinceId: 'gilan', lat: 38.43, borderDwellHours: null });
  });

  it('leaves a language without a name absent rather than empty', () => {
    const draft = nodeDraftOf(astara);
    const body = nodeRequestOf({ ...draft, names: { ...draft.names, ru: '  Астара ', en: ' ' } });
    expect(body.names).toEqual({ fa: 'آستارا', ru: 'Астара' });
  });

  it('reads coordinates typed in Persian digits', () => {
    expect(nodeRequestOf({ ...nodeDraftOf(astara), lat: '۳۸٫۴۳' }).lat).toBe(38.43);
  });

  it('sends a blank coordinate as null, for the server to name the field', () => {
    const sent = JSON.parse(JSON.stringify(nodeRequestOf({ ...nodeDraftOf(astara), lon: '' })));
    expect(sent.lon).toBeNull();
  });
});

describe('typed countries and ids', () => {
  it('reads "ir, az" and "IR AZ" as the same two codes', () => {
    expect(readCountries('ir, az')).toEqual(['IR', 'AZ']);
    expect(readCountries(' IR  AZ ')).toEqual(['IR', 'AZ']);
  });

  it('brings a typed id into the lowercase-words-with-hyphens shape', () => {
    expect(nodeIdOf(' Port Olya ')).toBe('port-olya');
    expect(nodeIdOf('port--olya-')).toBe('port-olya');
  });
});
