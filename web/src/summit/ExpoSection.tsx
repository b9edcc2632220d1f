import { useTranslation } from 'react-i18next';
import type { Expo } from '../api/types.ts';
import { SourceList } from '../app/SourceList.tsx';
import { countryName, formatDateRange } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { LocalText } from '../i18n/LocalText.tsx';

export function ExpoSection({ expo }: { expo: Expo }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  return (
    <section className="expo card">
      <h2>{t('expo.title')}</h2>
      <LocalText as="h3" value={expo.name} />
      <p>
        <LocalText value={expo.venue} /> · {formatDateRange(expo.startsOn, expo.endsOn, locale)}
      </p>
      <LocalText as="p" value={expo.aim} />
      <p>
        {t('expo.markets')}{' '}
        {expo.targetMarkets.map((country) => countryName(country, locale)).join(t('common.listSeparator'))}
      </p>
      <SourceList sources={expo.sources} hideWhenNone />
    </section>
  );
}
