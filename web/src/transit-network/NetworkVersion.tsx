import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';

/** The version the planner's answers are computed against; every change raises it. */
export function NetworkVersion({ version }: { version: number }) {
  const { t, i18n } = useTranslation('transitNetwork');
  return (
    <p className="network-version" role="status" data-testid="network-version" data-version={version}>
      <strong>{t('version', { version: formatNumber(version, i18n.language as Locale) })}</strong> {t('cacheNote')}
    </p>
  );
}
