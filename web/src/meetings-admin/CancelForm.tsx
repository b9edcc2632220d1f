import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, dataOf } from '../api/client.ts';
import { useAction } from '../api/use-action.ts';
import { LabelledField } from '../app/LabelledField.tsx';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import type { Cancellation, GridMeeting } from './admin-types.ts';

/** Cancelling a meeting cancels its request and re-optimises the provisional schedule; a reason is kept. */
export function CancelForm({
  meeting,
  onCancelled,
}: {
  meeting: GridMeeting;
  onCancelled: (report: Cancellation) => void;
}) {
  const { t } = useTranslation('meetingsAdmin');
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const { problem, run } = useAction();
  const cancel = () =>
    run(async () => {
      const report = await dataOf(
        api.POST('/api/meetings/{id}/cancel', {
          params: { path: { id: meeting.id } },
          body: { reason: reason.trim() || null },
        }),
      );
      onCancelled(report);
    });
  if (!open) {
    return (
      <p>
        <button type="button" className="secondary-button" onClick={() => setOpen(true)}>
          {t('panel.cancel')}
        </button>
      </p>
    );
  }
  return (
    <form
      className="confirm cancel-form"
      aria-labelledby="cancel-form-title"
      onSubmit={(event) => {
        event.preventDefault();
        void cancel();
      }}
    >
      <h4 id="cancel-form-title">{t('panel.cancelTitle')}</h4>
      <p className="hint">{t('panel.cancelHint')}</p>
      <div className="form">
        <LabelledField label={t('panel.cancelReason')} path="reason" problem={problem}>
          <textarea
            name="reason"
            rows={2}
            maxLength={1000}
            dir="auto"
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </LabelledField>
      </div>
      {problem && <ProblemMessage problem={problem} />}
      <div className="form-actions">
        <button type="submit" className="danger-button">
          {t('panel.cancelConfirm')}
        </button>
        <button type="button" className="link-button" onClick={() => setOpen(false)}>
          {t('panel.keep')}
        </button>
      </div>
    </form>
  );
}
