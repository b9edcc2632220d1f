import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import type { Locale } from '../i18n/locales.ts';
import { SiteSearchBox } from '../search/SiteSearchBox.tsx';
import { AccountMenu } from './AccountMenu.tsx';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';

/**
 * The bar on every page. On a wide screen its links, search box, account and languages sit in the bar;
 * on a narrow one (app.css decides where) they fold behind a menu button, a disclosure that Escape and
 * every navigation close again.
 */
export function SiteHeader({ locale }: { locale: Locale }) {
  const { t } = useTranslation();
  const menuId = useId();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const { pathname, search } = useLocation();
  // A chosen link, a search or a new language leads to another address: the menu has done its work.
  // biome-ignore lint/correctness/useExhaustiveDependencies: closing on a change of address is the point.
  useEffect(() => setOpen(false), [pathname, search]);
  useEffect(() => {
    if (!open) return;
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('keydown', closeOnEscape);
    return () => document.removeEventListener('keydown', closeOnEscape);
  }, [open]);
  return (
    <header className="site-header">
      <Link to={`/${locale}/`} className="brand">
        {t('app.name')}
      </Link>
      <button
        ref={button}
        type="button"
        className="menu-button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
        data-testid="menu-button"
      >
        <span className="menu-icon" aria-hidden="true" />
        {t('nav.menu')}
      </button>
      <div id={menuId} className={open ? 'site-menu open' : 'site-menu'}>
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
      </div>
    </header>
  );
}
