import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../accounts/session-context.tsx';
import { api, dataOf } from '../api/client.ts';
import { useAction } from '../api/use-action.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { canRemoveDemo } from './item-permissions.ts';

/** The secretariat administrator removes every demo item at once, after saying yes a second time. */
export function RemoveDemoButton({ onRemoved }: { onRemoved: () => void }) {
  const { t, i18n } = useTranslation('catalogue');
  const locale = i18n.language as Locale;
  const { user } = useSession();
  const [confirming, setConfirming] = useState(false);
  const [removed, setRemoved] = useState<number | null>(null);
  const { problem, run } = useAction();
  if (!canRemoveDemo(user)) return null;
  const remove = async () => {
    const done = await run(async () => setRemoved((await dataOf(api.DELETE('/api/items/demo'))).removed));
    setConfirming(false);
    if (done) onRemoved();
  };
  return (
    <div className="remove-demo" data-testid="remove-demo">
      {!confirming && (
        <button
          type="button"
          className="danger-button"
          onClick={() => {
            setConfirming(true);
            setRemoved(null);
          }}
        >
          {t('demo.remove')}
        </button>
      )}
      {confirming && (
        <div role="alertdialog" aria-labelledby="remove-demo-question" className="confirm">
          <p id="remove-demo-question">{t('demo.confirm')}</p>
          <button type="button" className="danger-button" onClick={() => void remove()}>
            {t('demo.confirmYes')}
          </button>
          <button type="button" className="link-button" onClick={() => setConfirming(false)}>
            {t('demo.cancel')}
          </button>
        </div>
      )}
      {removed !== null && (
        <p role="status">{t('demo.removed', { count: removed, formattedCount: formatNumber(removed, locale) })}</p>
      )}
      {problem && <ProblemMessage problem={problem} />}
    </div>
  );
}
