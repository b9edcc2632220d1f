import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../accounts/session-context.tsx';
import { api, dataOf } from '../api/client.ts';
import { useAction } from '../api/use-action.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import type { paths } from '../../generated/api-types.ts';

/** How many demo halls, exhibitors and buyer interests the server removed. */
type Removed = paths['/api/expos/{expoId}/demo']['delete']['responses'][200]['content']['application/json'];

/** The administrator removes the invented floor, exhibitors and buyers before the real expo, after saying yes twice. */
export function RemoveDemoExpo({ expoId, onRemoved }: { expoId: string; onRemoved: () => void }) {
  const { t, i18n } = useTranslation('expo');
  const locale = i18n.language as Locale;
  const { user } = useSession();
  const [confirming, setConfirming] = useState(false);
  const [removed, setRemoved] = useState<Removed | null>(null);
  const { problem, run } = useAction();
  if (user?.role !== 'secretariat_admin') return null;
  const remove = async () => {
    const done = await run(async () =>
      setRemoved(await dataOf(api.DELETE('/api/expos/{expoId}/demo', { params: { path: { expoId } } }))),
    );
    setConfirming(false);
    if (done) onRemoved();
  };
  return (
    <div className="card">
      {!confirming && (
        <button type="button" className="link-button" onClick={() => setConfirming(true)}>
          {t('admin.removeDemo')}
        </button>
      )}
      {confirming && (
        <div role="alertdialog" aria-labelledby="remove-demo-expo-question">
          <p id="remove-demo-expo-question">{t('admin.removeDemoConfirm')}</p>
          <button type="button" onClick={() => void remove()}>
            {t('admin.removeDemoYes')}
          </button>{' '}
          <button type="button" className="link-button" onClick={() => setConfirming(false)}>
            {t('admin.cancel')}
          </button>
        </div>
      )}
      {removed && (
        <p role="status">
          {t('admin.removedDemo', {
            halls: formatNumber(removed.halls, locale),
            exhibitors: formatNumber(removed.exhibitors, locale),
            buyers: formatNumber(removed.buyerInterests, locale),
          })}
        </p>
      )}
      {problem && <ProblemMessage problem={problem} />}
    </div>
  );
}
