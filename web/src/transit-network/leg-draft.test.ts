import { describe, expect, it } from 'vitest';
import { CreateLegRequest, UpdateLegRequest } from '../../../src/domain/transit/schema.ts';
import type { TransitLeg } from '../api/types.ts';
import { legDraftOf, legIdFor, legRequestOf, legWithStatus } from './leg-draft.ts';

const rashtAstara: TransitLeg = {
  id: 'city-rasht__bc-astara__rail',
  fromNodeId: 'city-rasht',
  toNodeId: 'bc-astara',
  mode: 'rail',
  status: 'planned',
  distanceKm: 162,
  distanceSource: 'https://english.realtribune.ru/construction-of-rasht-astara-railway',
  greatCircleKm: 140.4,
  distance: { km: 162, estimated: false },
  crossesBorder: false,
  gaugeBreak: false,
  note: 'Planned railway',
  updatedAt: '2025-11-01T00:00:00.000Z',
};

describe('the body of a leg change', () => {
  it('marks a planned railway operational with a body the server accepts, keeping everything else', () => {
    const body = legWithStatus(rashtAstara, 'operational');
    expect(UpdateLegRequest.safeParse(body).success).toBe(true);
    expect(body).toEqual({ ...legRequestOf(legDraftOf(rashtAstara)), status: 'operational' });
    expect(body).toMatchObject({
      distanceKm: 162,
      distanceSource: rashtAstara.distanceSource,
      note: 'Planned railway',
    });
  });

  it('sends an emptied distance as null, so the planner estimates it', () => {
    const body = legRequestOf({ ...legDraftOf(rashtAstara), distanceKm: ' ', distanceSource: '' });
    expect(body).toMatchObject({ distanceKm: null, distanceSource: null });
  });

  it('drops a gauge break when the leg is no longer by rail', () => {
    const body = legRequestOf({ ...legDraftOf(rashtAstara), gaugeBreak: true, mode: 'road' });
    expect(body.gaugeBreak).toBe(false);
  });

  it('offers a new leg the id the network uses: from__to__mode', () => {
    const id = legIdFor('city-rasht', 'bc-astara', 'road');
    expect(id).toBe('city-rasht__bc-astara__road');
    expect(
      CreateLegRequest.safeParse({ id, ...legRequestOf({ ...legDraftOf(rashtAstara), mode: 'road' }) }).success,
    ).toBe(true);
  });

  it('offers no id until both ends are chosen', () => {
    expect(legIdFor('city-rasht', '', 'rail')).toBe('');
  });
});
