import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, dataOf } from '../api/client.ts';
import { NODE_KINDS, type TransitNode } from '../api/types.ts';
import { useAction } from '../api/use-action.ts';
import { useApi } from '../api/use-api.ts';
import { FieldErrors } from '../app/FieldErrors.tsx';
import { ChoiceSelect } from '../app/ChoiceSelect.tsx';
import { LabelledField } from '../app/LabelledField.tsx';
import { NamedSelect } from '../app/NamedSelect.tsx';
import { nodeDraftOf, nodeIdOf, nodeRequestOf, type NodeDraft } from './node-draft.ts';
import { NetworkForm } from './NetworkForm.tsx';
import { CheckField, NoteField, NumberField } from './NetworkFields.tsx';
import { NodeNameFields } from './NodeNameFields.tsx';

type Props = { node?: TransitNode; onSaved: (id: string) => void; onCancel: () => void };

const FIELDS = [
  'id',
  'kind',
  'countries',
  'provinceId',
  'names',
  'lat',
  'lon',
  'coordinatesAssumed',
  'coordinatesNote',
  'borderDwellHours',
  'maxDraftM',
  'note',
] as const;

/** A new node, or the whole of an existing one (PUT replaces it). */
export function NodeForm({ node, onSaved, onCancel }: Props) {
  const { t } = useTranslation('transitNetwork');
  const provinces = useApi('/api/provinces');
  const { problem, run } = useAction();
  const [draft, setDraft] = useState<NodeDraft>(() => nodeDraftOf(node));
  const set = (change: Partial<NodeDraft>) => setDraft({ ...draft, ...change });

  const save = async () => {
    const body = nodeRequestOf(draft);
    const saved = await run(async () => {
      await dataOf(
        node
          ? api.PUT('/api/transit/nodes/{id}', { params: { path: { id: node.id } }, body })
          : api.POST('/api/transit/nodes', { body: { id: draft.id, ...body } }),
      );
    });
    if (saved) onSaved(node?.id ?? draft.id);
  };

  const note = (field: 'coordinatesNote' | 'note') => (
    <NoteField
      name={field}
      label={t(`nodes.${field}`)}
      rows={2}
      value={draft[field]}
      onChange={(value) => set({ [field]: value })}
      problem={problem}
    />
  );
  const number = (field: 'lat' | 'lon' | 'borderDwellHours' | 'maxDraftM', hint?: string) => (
    <NumberField
      name={field}
      label={t(`nodes.${field}`)}
      hint={hint}
      value={draft[field]}
      onChange={(value) => set({ [field]: value })}
      problem={problem}
    />
  );

  return (
    <NetworkForm
      testId="node-form"
      title={node ? t('nodes.editTitle', { id: node.id }) : t('nodes.newTitle')}
      heading="h3"
      problem={problem}
      fields={FIELDS}
      submitLabel={node ? t('save') : t('nodes.create')}
      onSubmit={save}
      onCancel={onCancel}
    >
      <div className="form-row">
        {!node && (
          <LabelledField label={t('nodes.id')} hint={t('nodes.idHint')} path="id" problem={problem}>
            <input
              name="id"
              value={draft.id}
              onChange={(event) => set({ id: event.target.value })}
              onBlur={() => set({ id: nodeIdOf(draft.id) })}
              dir="ltr"
              maxLength={120}
              placeholder="port-olya"
              required
            />
          </LabelledField>
        )}
        <LabelledField label={t('nodes.kind')}>
          <ChoiceSelect
            name="kind"
            value={draft.kind}
            choices={NODE_KINDS}
            labelOf={(kind) => t(`kind.${kind}`)}
            onChange={(kind) => set({ kind })}
          />
        </LabelledField>
        <LabelledField label={t('nodes.countries')} hint={t('nodes.countriesHint')} path="countries" problem={problem}>
          <input
            name="countries"
            value={draft.countries}
            onChange={(event) => set({ countries: event.target.value })}
            dir="ltr"
            placeholder="IR, AZ"
          />
        </LabelledField>
        <LabelledField label={t('nodes.province')} path="provinceId" problem={problem}>
          <NamedSelect
            name="provinceId"
            value={draft.provinceId}
            things={provinces.data ?? []}
            nameOf={(province) => province.names}
            onChange={(provinceId) => set({ provinceId })}
            empty={t('nodes.noProvince')}
          />
        </LabelledField>
      </div>
      <NodeNameFields names={draft.names} onChange={(names) => set({ names })} />
      <FieldErrors problem={problem} path="names" />
      <div className="form-row">
        {number('lat')}
        {number('lon')}
      </div>
      <CheckField
        name="coordinatesAssumed"
        label={t('nodes.coordinatesAssumed')}
        checked={draft.coordinatesAssumed}
        onChange={(coordinatesAssumed) => set({ coordinatesAssumed })}
      />
      {note('coordinatesNote')}
      <div className="form-row">
        {number('borderDwellHours', t('nodes.borderDwellHint'))}
        {number('maxDraftM', t('nodes.maxDraftHint'))}
      </div>
      {note('note')}
    </NetworkForm>
  );
}
