import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { rememberLocale } from './preferred-locale.ts';

/** Each language is named in itself, so a reader finds theirs whatever page language they landed on. */
const NATIVE_NAMES: Record<Locale, string> = {
  fa: 'فارسی',
  ru: 'Русский',
  en: 'English',
  az: 'Azərbaycanca',
  kk: 'Қазақша',
  tk: 'Türkmençe',
};

export function LanguageSwitcher({ current }: { current: Locale }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const choose = (locale: Locale) => {
    rememberLocale(locale);
    navigate(location.pathname.replace(/^\/[a-z]{2}(?=\/|$)/, `/${locale}`) + location.search);
  };
  return (
    <label className="language-switcher">
      <span className="visually-hidden">{t('nav.language')}</span>
      <select
        value={current}
        onChange={(event) => choose(event.target.value as Locale)}
        data-testid="language-switcher"
      >
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {NATIVE_NAMES[locale]}
          </option>
        ))}
      </select>
    </label>
  );
}
