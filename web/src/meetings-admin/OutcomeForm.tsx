import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, dataOf } from '../api/client.ts';
import { useAction } from '../api/use-action.ts';
import { ChoiceSelect } from '../app/ChoiceSelect.tsx';
import { FormProblem } from '../app/FormProblem.tsx';
import { LabelledField } from '../app/LabelledField.tsx';
import { FOLLOW_UP_KINDS, type GridMeeting, MEETING_OUTCOMES } from './admin-types.ts';

type FollowUp = (typeof FOLLOW_UP_KINDS)[number];
type Outcome = (typeof MEETING_OUTCOMES)[number];

/** After the summit: whether the meeting was held, notes, and the follow-up for the agreements to take up. */
export function OutcomeForm({ meeting, onSaved }: { meeting: GridMeeting; onSaved: () => void }) {
  const { t } = useTranslation('meetingsAdmin');
  const [outcome, setOutcome] = useState<Outcome>(meeting.outcome ?? 'held');
  const [notes, setNotes] = useState(meeting.outcomeNotes ?? '');
  const [followUp, setFollowUp] = useState<FollowUp | ''>(meeting.followUp ?? '');
  const [saved, setSaved] = useState(false);
  const { problem, run } = useAction();
  const save = async () => {
    setSaved(false);
    const done = await run(async () => {
      await dataOf(
        api.POST('/api/meetings/{id}/outcome', {
          params: { path: { id: meeting.id } },
          body: { outcome, notes: notes.trim() || null, followUp: followUp || null },
        }),
      );
    });
    setSaved(done);
    if (done) onSaved();
  };
  return (
    <form
      className="form outcome-form"
      aria-labelledby="outcome-form-title"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h4 id="outcome-form-title">{t('panel.outcomeTitle')}</h4>
      <p className="hint">{t('panel.outcomeHint')}</p>
      <fieldset className="checks">
        <legend>{t('panel.outcomeQuestion')}</legend>
        {MEETING_OUTCOMES.map((choice) => (
          <label key={choice} className="check">
            <input
              type="radio"
              name="outcome"
              value={choice}
              checked={outcome === choice}
              onChange={() => setOutcome(choice)}
            />{' '}
            {t(`outcome.${choice}`)}
          </label>
        ))}
      </fieldset>
      <LabelledField label={t('panel.notes')} path="notes" problem={problem}>
        <textarea
          name="notes"
          rows={3}
          maxLength={5000}
          dir="auto"
          value={notes}
          onChange={(event) => setNotes(event.target.value)}
        />
      </LabelledField>
      <LabelledField label={t('panel.followUp')}>
        <ChoiceSelect<FollowUp | ''>
          name="followUp"
          value={followUp}
          choices={FOLLOW_UP_KINDS}
          labelOf={(kind) => t(`followUp.${kind}`)}
          empty={t('panel.noFollowUp')}
          onChange={setFollowUp}
        />
      </LabelledField>
      <FormProblem problem={problem} fields={['notes']} />
      {saved && (
        <p className="saved-note" role="status">
          {t('panel.outcomeSaved')}
        </p>
      )}
      <div className="form-actions">
        <button type="submit">{t('panel.saveOutcome')}</button>
      </div>
    </form>
  );
}
