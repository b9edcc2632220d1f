import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { BuyerInterest } from '../api/types.ts';
import { countryName, formatNumber, languageName } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { LocalText } from '../i18n/LocalText.tsx';
import { DemoBadge } from './DemoBadge.tsx';
import type { ExpoContext } from './use-expo.ts';

/** Each buyer's interest with the exhibitors whose products share an HS code with it. */
export function BuyerInterestList({ interests, context }: { interests: BuyerInterest[]; context: ExpoContext }) {
  const { t, i18n } = useTranslation('expo');
  const locale = i18n.language as Locale;
  const separator = t('translation:common.listSeparator');
  if (interests.length === 0) return <p>{t('buyers.none')}</p>;
  return (
    <ul className="exhibitor-list" data-testid="buyer-interest-list">
      {interests.map((interest) => (
        <li key={interest.id} className="card">
          <h3>
            {interest.organisation} <DemoBadge isDemo={interest.isDemo} />
          </h3>
          <p className="exhibitor-meta">
            {countryName(interest.countryCode, locale)}
            {interest.provinceId && (
              <>
                {' · '}
                <LocalText value={context.provinceById.get(interest.provinceId)?.names} />
              </>
            )}
            {' · '}
            {t('directory.hsCodes')}: <span dir="ltr">{interest.hsCodes.join(separator)}</span>
            {interest.volume && (
              <>
                {' · '}
                {t(`buyers.volumeValue.${interest.volume.period}`, {
                  amount: formatNumber(interest.volume.amount, locale),
                  unit: interest.volume.unit,
                })}
              </>
            )}
          </p>
          {Object.keys(interest.note).length > 0 && <LocalText value={interest.note} as="p" />}
          {interest.contactLanguages.length > 0 && (
            <p className="exhibitor-meta">
              {t('directory.speaks', {
                languages: interest.contactLanguages.map((code) => languageName(code, locale)).join(separator),
              })}
            </p>
          )}
          <strong>
            {t('buyers.matches', {
              count: interest.matches.length,
              formattedCount: formatNumber(interest.matches.length, locale),
            })}
          </strong>
          {interest.matches.length > 0 && (
            <ul className="match-list">
              {interest.matches.map((match) => (
                <li key={match.id}>
                  <Link to={`/${locale}/expo/exhibitors/${match.id}`}>{match.organisation}</Link>{' '}
                  <small dir="ltr">({match.hsCodes.join(separator)})</small>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
