import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import type { Locale } from '../i18n/locales.ts';
import { SEARCH_QUERY_MAX_LENGTH } from '../../../src/domain/search/model.ts';

/** The one search box in the site header, on every page: it opens the results page. */
export function SiteSearchBox({ locale }: { locale: Locale }) {
  const { t } = useTranslation('search');
  const navigate = useNavigate();
  const onSearchPage = useLocation().pathname.endsWith('/search');
  const [params] = useSearchParams();
  const [text, setText] = useState('');
  // On the results page the box shows the query being answered.
  useEffect(() => setText(onSearchPage ? (params.get('q') ?? '') : ''), [onSearchPage, params]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const q = text.trim();
    navigate(`/${locale}/search${q ? `?${new URLSearchParams({ q })}` : ''}`);
  };
  return (
    <search className="site-search">
      <form onSubmit={submit}>
        <input
          type="search"
          name="q"
          value={text}
          maxLength={SEARCH_QUERY_MAX_LENGTH}
          onChange={(event) => setText(event.target.value)}
          placeholder={t('box.placeholder')}
          aria-label={t('box.label')}
          dir="auto"
        />
        <button type="submit">{t('box.submit')}</button>
      </form>
    </search>
  );
}
