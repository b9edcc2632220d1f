import { describe, expect, it } from 'vitest';
import type { TransitScenario } from '../api/types.ts';
import { draftOfScenario, emptyChange, requestOfDraft } from './scenario-draft.ts';

const ice = {
  id: '7147b1f8-e28d-49ef-a676-cb3731fc2de1',
  name: { en: 'Winter ice', ru: 'Зимний лёд' },
  description: { en: 'Ports iced.' },
  source: null,
  changes: [{ kind: 'seasonal_closure', nodeId: 'ru-astrakhan', months: [1, 2, 3] }],
  canEdit: true,
} as unknown as TransitScenario;

describe('the scenario form', () => {
  it("edits the reader's language only and keeps the names written in the others", () => {
    const draft = { ...draftOfScenario(ice, 'fa'), name: ' یخ زمستانی ' };
    expect(requestOfDraft(draft, 'fa', ice).name).toEqual({ en: 'Winter ice', ru: 'Зимний лёд', fa: 'یخ زمستانی' });
  });

  it("removes the reader's name when it is emptied, leaving the others", () => {
    const draft = { ...draftOfScenario(ice, 'ru'), name: '   ' };
    expect(requestOfDraft(draft, 'ru', ice).name).toEqual({ en: 'Winter ice' });
  });

  it('gives each change kind only its own fields, months in order', () => {
    const draft = {
      ...draftOfScenario(null, 'en'),
      changes: [
        { ...emptyChange('seasonal_closure'), nodeId: 'ru-olya', months: [3, 1] },
        { ...emptyChange('open_leg'), legId: 'city-rasht__bc-astara__rail', nodeId: 'left-over' },
        { ...emptyChange('draft_limit'), nodeId: 'ru-astrakhan', maxDraftM: '3,5' },
      ],
    };
    expect(requestOfDraft(draft, 'en', null).changes).toEqual([
      { kind: 'seasonal_closure', nodeId: 'ru-olya', months: [1, 3] },
      { kind: 'open_leg', legId: 'city-rasht__bc-astara__rail' },
      { kind: 'draft_limit', nodeId: 'ru-astrakhan', maxDraftM: 3.5 },
    ]);
  });

  it('sends a blank draft limit as no number, so the server names the field', () => {
    const draft = {
      ...draftOfScenario(null, 'en'),
      changes: [{ ...emptyChange('draft_limit'), nodeId: 'ru-astrakhan' }],
    };
    const body = JSON.parse(JSON.stringify(requestOfDraft(draft, 'en', null)));
    expect(body.changes[0].maxDraftM).toBeNull();
    expect(body.source).toBeNull();
  });

  it("opens an existing scenario with its changes and no text where the reader's language has none", () => {
    expect(draftOfScenario(ice, 'kk')).toEqual({
      name: '',
      description: '',
      source: '',
      changes: [{ kind: 'seasonal_closure', legId: '', nodeId: 'ru-astrakhan', months: [1, 2, 3], maxDraftM: '' }],
    });
  });
});
