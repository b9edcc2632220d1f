import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Exhibitor } from '../api/types.ts';
import { languageName } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { LocalText } from '../i18n/LocalText.tsx';
import { DemoBadge } from './DemoBadge.tsx';
import type { ExpoContext } from './use-expo.ts';

export function ExhibitorList({ exhibitors, context }: { exhibitors: Exhibitor[]; context: ExpoContext }) {
  const { t, i18n } = useTranslation('expo');
  const locale = i18n.language as Locale;
  const separator = t('translation:common.listSeparator');
  if (exhibitors.length === 0) return <p>{t('directory.noneFound')}</p>;
  return (
    <ul className="exhibitor-list" data-testid="exhibitor-list">
      {exhibitors.map((exhibitor) => (
        <li key={exhibitor.id} className="card">
          <h3>
            <Link to={`/${locale}/expo/exhibitors/${exhibitor.id}`}>{exhibitor.organisation}</Link>{' '}
            <DemoBadge isDemo={exhibitor.isDemo} />
          </h3>
          <p className="exhibitor-meta">
            <LocalText value={context.provinceById.get(exhibitor.provinceId)?.names} />
            {exhibitor.booths.length > 0 && (
              <> · {t('directory.booths', { codes: exhibitor.booths.map((booth) => booth.code).join(separator) })}</>
            )}
          </p>
          <LocalText value={exhibitor.description} as="p" />
          <p className="exhibitor-meta">
            {t('directory.hsCodes')}:{' '}
            <span dir="ltr">{exhibitor.hsCodes.join(separator) || t('translation:common.none')}</span>
            {exhibitor.contactLanguages.length > 0 && (
              <>
                {' '}
                ·{' '}
                {t('directory.speaks', {
                  languages: exhibitor.contactLanguages.map((code) => languageName(code, locale)).join(separator),
                })}
              </>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
