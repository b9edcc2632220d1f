import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useParams } from 'react-router-dom';
import { setRequestLocale } from '../api/client.ts';
import { prepareFormatters } from '../i18n/intl-formatters.ts';
import { LOCALE_DIRECTION, isLocale, type Locale } from '../i18n/locales.ts';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';
import { AccountMenu } from './AccountMenu.tsx';
import { SiteSearchBox } from '../search/SiteSearchBox.tsx';
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
      <header className="site-header">
        <Link to={`/${locale}/`} className="brand">
          {t('app.name')}
        </Link>
        <nav className="site-nav" aria-label={t('nav.label')}>
          <Link to={`/${locale}/`}>{t('nav.home')}</Link>
          <Link to={`/${locale}/programme`}>{t('nav.programme')}</Link>
          <Link to={`/${locale}/map`}>{t('nav.map')}</Link>
          <Link to={`/${locale}/catalogue`}>{t('nav', { ns: 'catalogue' })}</Link>
          <Link to={`/${locale}/expo`}>{t('nav.expo')}</Link>
          <Link to={`/${locale}/transit`}>{t('nav.transit')}</Link>
          <Link to={`/${locale}/register`}>{t('nav.register')}</Link>
          <a href="/api/docs">{t('nav.api')}</a>
        </nav>
        <SiteSearchBox locale={locale} />
        <AccountMenu locale={locale} />
        <LanguageSwitcher current={locale} />
      </header>
      <main className="content">{formattersReady ? <Outlet /> : <p>{t('common.loading')}</p>}</main>
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
