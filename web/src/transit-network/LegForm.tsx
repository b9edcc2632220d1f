import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, dataOf } from '../api/client.ts';
import { LEG_STATUSES, TRANSIT_MODES, type TransitLeg } from '../api/types.ts';
import { useAction } from '../api/use-action.ts';
import { FieldErrors } from '../app/FieldErrors.tsx';
import { FormProblem } from '../app/FormProblem.tsx';
import { legDraftOf, legIdFor, legRequestOf, type LegDraft } from './leg-draft.ts';
import { useFormInView } from './use-form-in-view.ts';

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
  const formRef = useFormInView();
  const set = (change: Partial<LegDraft>) => {
    const next = { ...draft, ...change };
    setDraft(leg || idTyped ? next : { ...next, id: legIdFor(next.fromNodeId, next.toNodeId, next.mode) });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
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

  const nodeSelect = (field: 'fromNodeId' | 'toNodeId') => (
    <label>
      {t(`legs.${field}`)}
      <select name={field} value={draft[field]} onChange={(event) => set({ [field]: event.target.value })} required>
        <option value="">{t('legs.chooseNode')}</option>
        {nodes.map((node) => (
          <option key={node.id} value={node.id}>
            {node.name}
          </option>
        ))}
      </select>
      <FieldErrors problem={problem} path={field} />
    </label>
  );

  return (
    <form
      ref={formRef}
      className="form card transit-form"
      onSubmit={submit}
      noValidate
      aria-labelledby="leg-form-title"
      data-testid="leg-form"
    >
      <h3 id="leg-form-title">{leg ? t('legs.editTitle', { id: leg.id }) : t('legs.newTitle')}</h3>
      <div className="form-row">
        {nodeSelect('fromNodeId')}
        {nodeSelect('toNodeId')}
        <label>
          {t('legs.mode')}
          <select
            name="mode"
            value={draft.mode}
            onChange={(event) => set({ mode: event.target.value as LegDraft['mode'] })}
          >
            {TRANSIT_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {t(`mode.${mode}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('legs.status')}
          <select
            name="status"
            value={draft.status}
            onChange={(event) => set({ status: event.target.value as LegDraft['status'] })}
          >
            {LEG_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {!leg && (
        <label>
          {t('legs.id')}
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
          <small className="hint">{t('legs.idHint')}</small>
          <FieldErrors problem={problem} path="id" />
        </label>
      )}
      <div className="form-row">
        <label>
          {t('legs.distanceKm')}
          <input
            name="distanceKm"
            type="number"
            step="any"
            min={0}
            value={draft.distanceKm}
            onChange={(event) => set({ distanceKm: event.target.value })}
            dir="ltr"
          />
          <small className="hint">{t('legs.distanceHint')}</small>
          <FieldErrors problem={problem} path="distanceKm" />
        </label>
        <label>
          {t('legs.distanceSource')}
          <input
            name="distanceSource"
            value={draft.distanceSource}
            onChange={(event) => set({ distanceSource: event.target.value })}
            dir="auto"
            maxLength={1000}
            placeholder="https://"
          />
          <FieldErrors problem={problem} path="distanceSource" />
        </label>
      </div>
      <div className="checks">
        <label className="check">
          <input
            name="crossesBorder"
            type="checkbox"
            checked={draft.crossesBorder}
            onChange={(event) => set({ crossesBorder: event.target.checked })}
          />{' '}
          {t('legs.crossesBorder')}
        </label>
        <label className="check">
          <input
            name="gaugeBreak"
            type="checkbox"
            checked={draft.gaugeBreak && draft.mode === 'rail'}
            disabled={draft.mode !== 'rail'}
            onChange={(event) => set({ gaugeBreak: event.target.checked })}
          />{' '}
          {t('legs.gaugeBreak')}
        </label>
      </div>
      <FieldErrors problem={problem} path="gaugeBreak" />
      <label>
        {t('legs.note')}
        <textarea
          name="note"
          value={draft.note}
          onChange={(event) => set({ note: event.target.value })}
          maxLength={2000}
          rows={5}
          dir="auto"
        />
        <FieldErrors problem={problem} path="note" />
      </label>
      <FormProblem problem={problem} fields={FIELDS} />
      <div className="form-actions">
        <button type="submit">{leg ? t('save') : t('legs.create')}</button>
        <button type="button" className="secondary-button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
