import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Registration } from '../api/types.ts';

type Props = {
  registration: Registration;
  onDecide: (decision: 'approve' | 'reject', reason: string | null) => void;
  onCancel: () => void;
};

/** Approve at once; reject only with a reason, typed in place; cancel what is still live. */
export function DecisionControls({ registration, onDecide, onCancel }: Props) {
  const { t } = useTranslation('registration');
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  if (registration.status === 'pending' && rejecting) {
    return (
      <form
        className="reject-form"
        onSubmit={(event) => {
          event.preventDefault();
          onDecide('reject', reason.trim());
        }}
      >
        <label>
          {t('decision.reason')}
          <input
            name="reason"
            dir="auto"
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            maxLength={1000}
            required
            data-testid="reject-reason"
          />
        </label>
        <button type="submit" className="danger-button" disabled={reason.trim() === ''} data-testid="reject-confirm">
          {t('decision.reject')}
        </button>
        <button type="button" className="link-button" onClick={() => setRejecting(false)}>
          {t('decision.back')}
        </button>
      </form>
    );
  }
  return (
    <>
      {registration.status === 'pending' && (
        <>
          <button type="button" onClick={() => onDecide('approve', null)} data-testid="approve">
            {t('decision.approve')}
          </button>
          <button type="button" className="danger-button" onClick={() => setRejecting(true)} data-testid="reject">
            {t('decision.reject')}
          </button>
        </>
      )}
      {(registration.status === 'pending' || registration.status === 'approved') && (
        <button
          type="button"
          className="link-button"
          onClick={() => window.confirm(t('list.cancelConfirm')) && onCancel()}
        >
          {t('list.cancel')}
        </button>
      )}
    </>
  );
}
