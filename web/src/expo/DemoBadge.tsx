import { useTranslation } from 'react-i18next';

/** Invented demo content says so wherever it is shown. */
export function DemoBadge({ isDemo }: { isDemo: boolean }) {
  const { t } = useTranslation('expo');
  if (!isDemo) return null;
  return (
    <span className="badge demo-badge" title={t('demo.badgeTitle')} data-testid="demo-badge">
      {t('demo.badge')}
    </span>
  );
}
