import type { TransitScenario, TransitScenarioRequest } from '../api/types.ts';
import type { Locale, LocalizedText } from '../i18n/locales.ts';
import type { SCENARIO_CHANGE_KINDS } from '../../../src/domain/transit/model.ts';

export type ChangeKind = (typeof SCENARIO_CHANGE_KINDS)[number];
type ScenarioChange = TransitScenarioRequest['changes'][number];

/** One change as the form holds it: every field any kind needs, the number as typed. */
export type ChangeDraft = { kind: ChangeKind; legId: string; nodeId: string; months: number[]; maxDraftM: string };

/** The scenario as the form holds it; name and description are the reader's language's only. */
export type ScenarioDraft = { name: string; description: string; source: string; changes: ChangeDraft[] };

export function emptyChange(kind: ChangeKind): ChangeDraft {
  return { kind, legId: '', nodeId: '', months: kind === 'seasonal_closure' ? [1, 2, 3] : [], maxDraftM: '' };
}

function draftOfChange(change: ScenarioChange): ChangeDraft {
  const draft = emptyChange(change.kind);
  switch (change.kind) {
    case 'close_leg':
    case 'open_leg':
      return { ...draft, legId: change.legId };
    case 'close_node':
      return { ...draft, nodeId: change.nodeId };
    case 'seasonal_closure':
      return { ...draft, nodeId: change.nodeId, months: [...change.months] };
    case 'draft_limit':
      return { ...draft, nodeId: change.nodeId, maxDraftM: String(change.maxDraftM) };
  }
}

export function draftOfScenario(scenario: TransitScenario | null, locale: Locale): ScenarioDraft {
  if (!scenario) return { name: '', description: '', source: '', changes: [emptyChange('close_leg')] };
  return {
    name: scenario.name[locale] ?? '',
    description: scenario.description[locale] ?? '',
    source: scenario.source ?? '',
    changes: scenario.changes.map(draftOfChange),
  };
}

/** The other languages' texts stay as they were; the reader's is replaced, or removed when emptied. */
function withText(previous: LocalizedText, locale: Locale, text: string): LocalizedText {
  const { [locale]: _replaced, ...others } = previous;
  return text.trim() ? { ...others, [locale]: text.trim() } : others;
}

/** A blank or unreadable number is sent as NaN (null in JSON), so the server names the field. */
function metres(typed: string): number {
  return typed.trim() === '' ? Number.NaN : Number(typed.replace(',', '.'));
}

function changeOfDraft(draft: ChangeDraft): ScenarioChange {
  switch (draft.kind) {
    case 'close_leg':
    case 'open_leg':
      return { kind: draft.kind, legId: draft.legId };
    case 'close_node':
      return { kind: 'close_node', nodeId: draft.nodeId };
    case 'seasonal_closure':
      return { kind: 'seasonal_closure', nodeId: draft.nodeId, months: [...draft.months].sort((a, b) => a - b) };
    case 'draft_limit':
      return { kind: 'draft_limit', nodeId: draft.nodeId, maxDraftM: metres(draft.maxDraftM) };
  }
}

export function requestOfDraft(
  draft: ScenarioDraft,
  locale: Locale,
  previous: TransitScenario | null,
): TransitScenarioRequest {
  return {
    name: withText(previous?.name ?? {}, locale, draft.name),
    description: withText(previous?.description ?? {}, locale, draft.description),
    source: draft.source.trim() || null,
    changes: draft.changes.map(changeOfDraft),
  };
}
