import { useTranslation } from 'react-i18next';

/** A request, meeting or agenda entry the seed invented says so wherever it is shown. */
export function DemoBadge({ isDemo }: { isDemo: boolean }) {
  const { t } = useTranslation('meetings');
  if (!isDemo) return null;
  return (
    <span className="badge demo-badge" title={t('demo.badgeTitle')} data-testid="demo-badge">
      {t('demo.badge')}
    </span>
  );
}
