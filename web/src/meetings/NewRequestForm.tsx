import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PRIORITIES } from '../../../src/domain/meetings/model.ts';
import { type ApiProblem, api, dataOf } from '../api/client.ts';
import { useAction } from '../api/use-action.ts';
import { FieldErrors } from '../app/FieldErrors.tsx';
import { FormProblem } from '../app/FormProblem.tsx';
import { LabelledField } from '../app/LabelledField.tsx';
import { B2bSides } from './B2bSides.tsx';
import { DayChoice } from './DayChoice.tsx';
import { type Delegation, G2gSides, g2gFields, type OwnDelegation } from './G2gSides.tsx';
import { ownCandidatesOf } from './people-choice.ts';
import { buildRequestBody, emptyDraft, type MeetingKind, type RequestDraft } from './request-body.ts';
import type { MeetingParticipant } from './use-meeting-participants.ts';

const COMMON_FIELDS = ['topic', 'priority', 'preferredDays'];
const B2B_FIELDS = ['requester.participantIds', 'receiver.participantIds'];

type Props = {
  editionId: string;
  editionDays: readonly string[];
  delegations: readonly Delegation[];
  /** The reader's delegation; null for the secretariat and for business people. */
  own: OwnDelegation | null;
  /** The kinds the reader may ask for, the first chosen at the start. */
  kinds: readonly MeetingKind[];
  /** The edition's approved participants for a business meeting; null while they load. */
  people: readonly MeetingParticipant[] | null;
  peopleProblem: ApiProblem | null;
  /** The secretariat asks on anyone's behalf. */
  forAnyone: boolean;
  onCreated: () => void;
};

/**
 * A new meeting request. Governor to governor: the reader's delegation (the secretariat picks any)
 * asks another; both heads attend and the asking side names who else comes. Business: the reader
 * names which of their people attend and picks whom to meet among the edition's participants.
 */
export function NewRequestForm({
  editionId,
  editionDays,
  delegations,
  own,
  kinds,
  people,
  peopleProblem,
  forAnyone,
  onCreated,
}: Props) {
  const { t } = useTranslation('meetings');
  const initialKind = kinds[0] ?? 'b2b';
  const [draft, setDraft] = useState<RequestDraft>(() => emptyDraft(initialKind, own?.id ?? ''));
  const change = (patch: Partial<RequestDraft>) => setDraft((previous) => ({ ...previous, ...patch }));
  const { problem, run } = useAction();
  const isB2b = draft.kind === 'b2b';
  const b2bReady = people !== null && ownCandidatesOf(people).length > 0;
  const fields = [...COMMON_FIELDS, ...(isB2b ? B2B_FIELDS : g2gFields(own))];
  const submit = async () => {
    const done = await run(async () => {
      await dataOf(
        api.POST('/api/editions/{editionId}/meetings/requests', {
          params: { path: { editionId } },
          body: buildRequestBody(draft),
        }),
      );
    });
    if (done) {
      setDraft(emptyDraft(draft.kind, own?.id ?? ''));
      onCreated();
    }
  };
  return (
    <form
      className="meeting-new panel"
      data-testid="new-meeting-request"
      data-kind={draft.kind}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2>{t('new.title')}</h2>
      {kinds.length > 1 && (
        <fieldset className="meeting-kind-choice">
          <legend>{t('new.kindLegend')}</legend>
          {kinds.map((kind) => (
            <label key={kind}>
              <input
                type="radio"
                name="meeting-kind"
                value={kind}
                checked={draft.kind === kind}
                onChange={() => change({ kind })}
              />{' '}
              {t(`new.kind.${kind}`)}
            </label>
          ))}
        </fieldset>
      )}
      {isB2b ? (
        <B2bSides
          people={people}
          loadProblem={peopleProblem}
          ownIds={draft.ownIds}
          counterpartIds={draft.counterpartIds}
          forAnyone={forAnyone}
          problem={problem}
          onChange={change}
        />
      ) : (
        <G2gSides
          delegations={delegations}
          own={own}
          requesterDelegationId={draft.requesterDelegationId}
          receiverDelegationId={draft.receiverDelegationId}
          companionIds={draft.companionIds}
          problem={problem}
          onChange={change}
        />
      )}
      <LabelledField className="stacked" label={t('new.topic')} path="topic" problem={problem}>
        <textarea
          value={draft.topic}
          onChange={(event) => change({ topic: event.target.value })}
          rows={2}
          dir="auto"
          required
        />
      </LabelledField>
      <LabelledField className="stacked" label={t('new.priority')} path="priority" problem={problem}>
        <select
          value={draft.priority}
          onChange={(event) => change({ priority: event.target.value as RequestDraft['priority'] })}
        >
          {PRIORITIES.map((choice) => (
            <option key={choice} value={choice}>
              {t(`priority.${choice}`)}
            </option>
          ))}
        </select>
      </LabelledField>
      <DayChoice days={editionDays} chosen={draft.preferredDays} onChange={(days) => change({ preferredDays: days })} />
      <FieldErrors problem={problem} path="preferredDays" />
      {(!isB2b || b2bReady) && <button type="submit">{t('new.send')}</button>}
      <FormProblem problem={problem} fields={fields} />
    </form>
  );
}
