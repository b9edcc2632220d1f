import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, dataOf } from '../api/client.ts';
import { NODE_KINDS, type TransitNode } from '../api/types.ts';
import { useAction } from '../api/use-action.ts';
import { useApi } from '../api/use-api.ts';
import { FieldErrors } from '../app/FieldErrors.tsx';
import { FormProblem } from '../app/FormProblem.tsx';
import type { Locale } from '../i18n/locales.ts';
import { pickText } from '../i18n/pick-text.ts';
import { nodeDraftOf, nodeIdOf, nodeRequestOf, type NodeDraft } from './node-draft.ts';
import { NodeNameFields } from './NodeNameFields.tsx';
import { useFormInView } from './use-form-in-view.ts';

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
  const { t, i18n } = useTranslation('transitNetwork');
  const locale = i18n.language as Locale;
  const provinces = useApi('/api/provinces');
  const { problem, run } = useAction();
  const [draft, setDraft] = useState<NodeDraft>(() => nodeDraftOf(node));
  const formRef = useFormInView();
  const set = (change: Partial<NodeDraft>) => setDraft({ ...draft, ...change });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
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

  const text = (field: 'coordinatesNote' | 'note') => (
    <label>
      {t(`nodes.${field}`)}
      <textarea
        name={field}
        value={draft[field]}
        onChange={(event) => set({ [field]: event.target.value })}
        maxLength={2000}
        rows={2}
        dir="auto"
      />
      <FieldErrors problem={problem} path={field} />
    </label>
  );
  const number = (field: 'lat' | 'lon' | 'borderDwellHours' | 'maxDraftM', hint?: string) => (
    <label>
      {t(`nodes.${field}`)}
      <input
        name={field}
        type="number"
        step="any"
        value={draft[field]}
        onChange={(event) => set({ [field]: event.target.value })}
        dir="ltr"
      />
      {hint && <small className="hint">{hint}</small>}
      <FieldErrors problem={problem} path={field} />
    </label>
  );

  return (
    <form
      ref={formRef}
      className="form card transit-form"
      onSubmit={submit}
      noValidate
      aria-labelledby="node-form-title"
      data-testid="node-form"
    >
      <h3 id="node-form-title">{node ? t('nodes.editTitle', { id: node.id }) : t('nodes.newTitle')}</h3>
      <div className="form-row">
        {!node && (
          <label>
            {t('nodes.id')}
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
            <small className="hint">{t('nodes.idHint')}</small>
            <FieldErrors problem={problem} path="id" />
          </label>
        )}
        <label>
          {t('nodes.kind')}
          <select
            name="kind"
            value={draft.kind}
            onChange={(event) => set({ kind: event.target.value as NodeDraft['kind'] })}
          >
            {NODE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kind.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('nodes.countries')}
          <input
            name="countries"
            value={draft.countries}
            onChange={(event) => set({ countries: event.target.value })}
            dir="ltr"
            placeholder="IR, AZ"
          />
          <small className="hint">{t('nodes.countriesHint')}</small>
          <FieldErrors problem={problem} path="countries" />
        </label>
        <label>
          {t('nodes.province')}
          <select
            name="provinceId"
            value={draft.provinceId}
            onChange={(event) => set({ provinceId: event.target.value })}
          >
            <option value="">{t('nodes.noProvince')}</option>
            {provinces.data?.map((province) => (
              <option key={province.id} value={province.id}>
                {pickText(province.names, locale)?.text ?? province.id}
              </option>
            ))}
          </select>
          <FieldErrors problem={problem} path="provinceId" />
        </label>
      </div>
      <NodeNameFields names={draft.names} onChange={(names) => set({ names })} />
      <FieldErrors problem={problem} path="names" />
      <div className="form-row">
        {number('lat')}
        {number('lon')}
      </div>
      <label className="check">
        <input
          name="coordinatesAssumed"
          type="checkbox"
          checked={draft.coordinatesAssumed}
          onChange={(event) => set({ coordinatesAssumed: event.target.checked })}
        />{' '}
        {t('nodes.coordinatesAssumed')}
      </label>
      {text('coordinatesNote')}
      <div className="form-row">
        {number('borderDwellHours', t('nodes.borderDwellHint'))}
        {number('maxDraftM', t('nodes.maxDraftHint'))}
      </div>
      {text('note')}
      <FormProblem problem={problem} fields={FIELDS} />
      <div className="form-actions">
        <button type="submit">{node ? t('save') : t('nodes.create')}</button>
        <button type="button" className="secondary-button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
