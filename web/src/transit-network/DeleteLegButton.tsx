import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, dataOf } from '../api/client.ts';
import { useAction } from '../api/use-action.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';

/** Removing a leg changes every route through it, so it asks first. */
export function DeleteLegButton({ legId, label, onDeleted }: { legId: string; label: string; onDeleted: () => void }) {
  const { t } = useTranslation('transitNetwork');
  const [confirming, setConfirming] = useState(false);
  const { problem, run } = useAction();
  const remove = async () => {
    const deleted = await run(async () => {
      await dataOf(api.DELETE('/api/transit/legs/{id}', { params: { path: { id: legId } } }));
    });
    setConfirming(false);
    if (deleted) onDeleted();
  };
  if (!confirming) {
    return (
      <>
        <button
          type="button"
          className="link-button danger-link"
          onClick={() => setConfirming(true)}
          aria-label={t('legs.deleteLabel', { leg: label })}
        >
          {t('legs.delete')}
        </button>
        {problem && <ProblemMessage problem={problem} />}
      </>
    );
  }
  return (
    <span className="confirm" role="alertdialog" aria-labelledby={`delete-${legId}`}>
      <span id={`delete-${legId}`}>{t('legs.deleteConfirm', { leg: label })}</span>{' '}
      <button type="button" className="danger-button" onClick={() => void remove()}>
        {t('legs.deleteYes')}
      </button>
      <button type="button" className="link-button" onClick={() => setConfirming(false)}>
        {t('cancel')}
      </button>
    </span>
  );
}
