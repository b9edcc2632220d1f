import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../api/client.ts';
import type { TransitLeg, TransitNode } from '../api/types.ts';
import { FieldErrors } from '../app/FieldErrors.tsx';
import type { Locale } from '../i18n/locales.ts';
import { SCENARIO_CHANGE_KINDS } from '../../../src/domain/transit/model.ts';
import { emptyChange, type ChangeDraft, type ChangeKind } from './scenario-draft.ts';
import { monthName } from './transit-format.ts';
import type { PlannerNetwork } from './use-planner-network.ts';

type Network = { nodes: TransitNode[]; legs: TransitLeg[] };
type Names = Pick<PlannerNetwork, 'nameOfNode' | 'nameOfLeg'>;
type FieldProps = {
  change: ChangeDraft;
  path: string;
  network: Network;
  names: Names;
  problem: ApiProblem | null;
  onChange: (change: ChangeDraft) => void;
};

const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);

/** Only legs not built yet can be opened; any leg can be closed. */
function legsFor(kind: ChangeKind, legs: TransitLeg[]): TransitLeg[] {
  return kind === 'open_leg' ? legs.filter((leg) => leg.status !== 'operational') : legs;
}

/** A draft limit applies where ships call. */
function nodesFor(kind: ChangeKind, nodes: TransitNode[]): TransitNode[] {
  return kind === 'draft_limit' ? nodes.filter((node) => node.kind === 'port') : nodes;
}

/** The leg or the node a change is about, chosen by name in the reader's language. */
function TargetField({ change, path, network, names, problem, onChange }: FieldProps) {
  const { t, i18n } = useTranslation('transit');
  const usesLeg = change.kind === 'close_leg' || change.kind === 'open_leg';
  const options = (
    usesLeg
      ? legsFor(change.kind, network.legs).map((leg) => ({ id: leg.id, name: names.nameOfLeg(leg.id) }))
      : nodesFor(change.kind, network.nodes).map((node) => ({ id: node.id, name: names.nameOfNode(node.id) }))
  ).sort((a, b) => a.name.localeCompare(b.name, i18n.language));
  const field = usesLeg ? 'legId' : 'nodeId';
  const label = usesLeg ? 'editor.leg' : change.kind === 'draft_limit' ? 'editor.port' : 'editor.node';
  return (
    <label>
      {t(label)}
      <select
        value={change[field]}
        onChange={(event) => onChange({ ...change, [field]: event.target.value })}
        name={`${path}.${field}`}
      >
        <option value="">{t('editor.choose')}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
      <FieldErrors problem={problem} path={`${path}.${field}`} />
    </label>
  );
}

function MonthsField({ change, path, problem, onChange }: FieldProps) {
  const { t, i18n } = useTranslation('transit');
  const toggle = (month: number, checked: boolean) =>
    onChange({
      ...change,
      months: checked ? [...change.months, month] : change.months.filter((candidate) => candidate !== month),
    });
  return (
    <fieldset className="checks">
      <legend>{t('editor.months')}</legend>
      {MONTHS.map((month) => (
        <label key={month} className="check">
          <input
            type="checkbox"
            checked={change.months.includes(month)}
            onChange={(event) => toggle(month, event.target.checked)}
          />
          {monthName(month, i18n.language as Locale)}
        </label>
      ))}
      <FieldErrors problem={problem} path={`${path}.months`} />
    </fieldset>
  );
}

function DraftField({ change, path, problem, onChange }: FieldProps) {
  const { t } = useTranslation('transit');
  return (
    <label>
      {t('editor.maxDraft')}
      <input
        type="text"
        inputMode="decimal"
        value={change.maxDraftM}
        onChange={(event) => onChange({ ...change, maxDraftM: event.target.value })}
        name={`${path}.maxDraftM`}
      />
      <FieldErrors problem={problem} path={`${path}.maxDraftM`} />
    </label>
  );
}

/** One change of a scenario: its kind, then the fields that kind needs. */
export function ScenarioChangeFields(props: FieldProps & { onRemove: () => void }) {
  const { t } = useTranslation('transit');
  const { change, path, problem, onChange, onRemove } = props;
  return (
    <fieldset className="form-group transit-change-fields" data-testid="scenario-change">
      <legend>{t('editor.change')}</legend>
      <div className="form-row">
        <label>
          {t('editor.kind')}
          <select
            value={change.kind}
            onChange={(event) => onChange(emptyChange(event.target.value as ChangeKind))}
            name={`${path}.kind`}
          >
            {SCENARIO_CHANGE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`changeKind.${kind}`)}
              </option>
            ))}
          </select>
          <FieldErrors problem={problem} path={`${path}.kind`} />
        </label>
        <TargetField {...props} />
        {change.kind === 'draft_limit' && <DraftField {...props} />}
      </div>
      {change.kind === 'seasonal_closure' && <MonthsField {...props} />}
      <FieldErrors problem={problem} path={path} exact />
      <button type="button" className="link-button" onClick={onRemove}>
        {t('editor.removeChange')}
      </button>
    </fieldset>
  );
}
