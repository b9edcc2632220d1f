import { useTranslation } from 'react-i18next';

/** Marks a distance that rests on the great-circle estimate; the title says how it was made. */
export function EstimateBadge() {
  const { t } = useTranslation('transit');
  return (
    <span className="badge transit-estimate" title={t('estimate.explanation')} data-testid="estimate-badge">
      <span aria-hidden="true">≈ </span>
      {t('estimate.badge')}
    </span>
  );
}
