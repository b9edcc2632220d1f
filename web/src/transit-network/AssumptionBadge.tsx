import { useTranslation } from 'react-i18next';

/** A figure the team set without a source says so wherever it is shown. */
export function AssumptionBadge() {
  const { t } = useTranslation('transitNetwork');
  return (
    <span className="badge assumption-badge" title={t('parameters.assumptionTitle')} data-testid="assumption-badge">
      {t('parameters.assumption')}
    </span>
  );
}
