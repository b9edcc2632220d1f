import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { useApi } from '../api/use-api.ts';
import { formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';

/** The menu's way to the Interests page, with how many received interests wait for an answer. */
export function InterestsLink({ locale, userId }: { locale: Locale; userId: string }) {
  const { t } = useTranslation();
  // Asked again on every page change, so an answer given elsewhere is reflected.
  const list = useApi('/api/interests', undefined, `${userId}|${useLocation().pathname}`);
  const waiting =
    list.data?.interests.filter((interest) => interest.direction === 'received' && interest.status === 'sent').length ??
    0;
  return (
    <Link to={`/${locale}/interests`}>
      {t('nav.interests')}
      {waiting > 0 && (
        <span className="badge waiting-count" data-testid="interests-waiting">
          {t('nav.interestsWaiting', { count: waiting, formattedCount: formatNumber(waiting, locale) })}
        </span>
      )}
    </Link>
  );
}
