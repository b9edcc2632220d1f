import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useParams } from 'react-router-dom';
import { setRequestLocale } from '../api/client.ts';
import { prepareFormatters } from '../i18n/intl-formatters.ts';
import { LOCALE_DIRECTION, isLocale, type Locale } from '../i18n/locales.ts';
import { SiteHeader } from './SiteHeader.tsx';
import { preferredLocale } from './preferred-locale.ts';

export function LocaleLayout() {
  const { locale } = useParams();
  const { t, i18n } = useTranslation();
  const formattersReady = useFormattersReady(locale);
  useEffect(() => {
    if (!isLocale(locale)) return;
    void i18n.changeLanguage(locale);
    setRequestLocale(locale);
    document.documentElement.lang = locale;
    document.documentElement.dir = LOCALE_DIRECTION[locale];
  }, [locale, i18n]);
  useEffect(() => {
    document.title = t('app.name');
  }, [t]);
  if (!isLocale(locale)) return <Navigate to={`/${preferredLocale()}/`} replace />;
  if (i18n.language !== locale) void i18n.changeLanguage(locale);
  return (
    <div className="page">
      <SiteHeader locale={locale} />
      <main className="content">
        {/* Pages are loaded on first visit (App.tsx): the header stays while one arrives. */}
        <Suspense fallback={<p>{t('common.loading')}</p>}>
          {formattersReady ? <Outlet /> : <p>{t('common.loading')}</p>}
        </Suspense>
      </main>
      <footer className="site-footer">{t('app.footer')}</footer>
    </div>
  );
}

/** Dates and numbers need the language's formatting data before the page renders them. */
function useFormattersReady(locale: string | undefined): boolean {
  const [readyFor, setReadyFor] = useState<string | null>(null);
  useEffect(() => {
    if (!isLocale(locale)) return;
    let cancelled = false;
    void prepareFormatters(locale as Locale).then(() => !cancelled && setReadyFor(locale));
    return () => {
      cancelled = true;
    };
  }, [locale]);
  return readyFor === locale;
}
