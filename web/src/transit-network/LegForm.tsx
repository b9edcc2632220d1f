import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, dataOf } from '../api/client.ts';
import { LEG_STATUSES, TRANSIT_MODES, type TransitLeg } from '../api/types.ts';
import { useAction } from '../api/use-action.ts';
import { ChoiceSelect } from '../app/ChoiceSelect.tsx';
import { FieldErrors } from '../app/FieldErrors.tsx';
import { LabelledField } from '../app/LabelledField.tsx';
import { legDraftOf, legIdFor, legRequestOf, type LegDraft } from './leg-draft.ts';
import { NetworkForm } from './NetworkForm.tsx';
import { CheckField, NoteField, NumberField, SourceField } from './NetworkFields.tsx';

type NodeChoice = { id: string; name: string };
type Props = { leg?: TransitLeg; nodes: NodeChoice[]; onSaved: (id: string) => void; onCancel: () => void };

const FIELDS = [
  'id',
  'fromNodeId',
  'toNodeId',
  'mode',
  'status',
  'distanceKm',
  'distanceSource',
  'crossesBorder',
  'gaugeBreak',
  'note',
] as const;

/** A new leg, or the whole of an existing one (PUT replaces it). A new leg's id follows from its ends and mode. */
export function LegForm({ leg, nodes, onSaved, onCancel }: Props) {
  const { t } = useTranslation('transitNetwork');
  const { problem, run } = useAction();
  const [draft, setDraft] = useState<LegDraft>(() => legDraftOf(leg));
  const [idTyped, setIdTyped] = useState(false);
  const set = (change: Partial<LegDraft>) => {
    const next = { ...draft, ...change };
    setDraft(leg || idTyped ? next : { ...next, id: legIdFor(next.fromNodeId, next.toNodeId, next.mode) });
  };

  const save = async () => {
    const body = legRequestOf(draft);
    const saved = await run(async () => {
      await dataOf(
        leg
          ? api.PUT('/api/transit/legs/{id}', { params: { path: { id: leg.id } }, body })
          : api.POST('/api/transit/legs', { body: { id: draft.id, ...body } }),
      );
    });
    if (saved) onSaved(leg?.id ?? draft.id);
  };

  const nodeNames = new Map(nodes.map((node) => [node.id, node.name]));
  const nodeSelect = (field: 'fromNodeId' | 'toNodeId') => (
    <LabelledField label={t(`legs.${field}`)} path={field} problem={problem}>
      <ChoiceSelect
        name={field}
        value={draft[field]}
        choices={[...nodeNames.keys()]}
        labelOf={(id) => nodeNames.get(id) ?? id}
        onChange={(id) => set({ [field]: id })}
        empty={t('legs.chooseNode')}
        required
      />
    </LabelledField>
  );

  return (
    <NetworkForm
      testId="leg-form"
      title={leg ? t('legs.editTitle', { id: leg.id }) : t('legs.newTitle')}
      heading="h3"
      problem={problem}
      fields={FIELDS}
      submitLabel={leg ? t('save') : t('legs.create')}
      onSubmit={save}
      onCancel={onCancel}
    >
      <div className="form-row">
        {nodeSelect('fromNodeId')}
        {nodeSelect('toNodeId')}
        <LabelledField label={t('legs.mode')}>
          <ChoiceSelect
            name="mode"
            value={draft.mode}
            choices={TRANSIT_MODES}
            labelOf={(mode) => t(`mode.${mode}`)}
            onChange={(mode) => set({ mode })}
          />
        </LabelledField>
        <LabelledField label={t('legs.status')}>
          <ChoiceSelect
            name="status"
            value={draft.status}
            choices={LEG_STATUSES}
            labelOf={(status) => t(`status.${status}`)}
            onChange={(status) => set({ status })}
          />
        </LabelledField>
      </div>
      {!leg && (
        <LabelledField label={t('legs.id')} hint={t('legs.idHint')} path="id" problem={problem}>
          <input
            name="id"
            value={draft.id}
            onChange={(event) => {
              setIdTyped(true);
              setDraft({ ...draft, id: event.target.value });
            }}
            dir="ltr"
            maxLength={120}
          />
        </LabelledField>
      )}
      <div className="form-row">
        <NumberField
          name="distanceKm"
          label={t('legs.distanceKm')}
          hint={t('legs.distanceHint')}
          min={0}
          value={draft.distanceKm}
          onChange={(distanceKm) => set({ distanceKm })}
          problem={problem}
        />
        <SourceField
          name="distanceSource"
          label={t('legs.distanceSource')}
          value={draft.distanceSource}
          onChange={(distanceSource) => set({ distanceSource })}
          problem={problem}
        />
      </div>
      <div className="checks">
        <CheckField
          name="crossesBorder"
          label={t('legs.crossesBorder')}
          checked={draft.crossesBorder}
          onChange={(crossesBorder) => set({ crossesBorder })}
        />
        <CheckField
          name="gaugeBreak"
          label={t('legs.gaugeBreak')}
          checked={draft.gaugeBreak && draft.mode === 'rail'}
          disabled={draft.mode !== 'rail'}
          onChange={(gaugeBreak) => set({ gaugeBreak })}
        />
      </div>
      <FieldErrors problem={problem} path="gaugeBreak" />
      <NoteField
        name="note"
        label={t('legs.note')}
        rows={5}
        value={draft.note}
        onChange={(note) => set({ note })}
        problem={problem}
      />
    </NetworkForm>
  );
}
