import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { PAGE_SIZE } from './catalogue-query.ts';

/** Where in the list the reader is, and links to the pages before and after; the offset is in the URL too. */
export function Pager({ total, offset, shown }: { total: number; offset: number; shown: number }) {
  const { t, i18n } = useTranslation('catalogue');
  const locale = i18n.language as Locale;
  const [search] = useSearchParams();
  const at = (nextOffset: number) => {
    const query = new URLSearchParams(search);
    if (nextOffset > 0) query.set('offset', String(nextOffset));
    else query.delete('offset');
    return `?${query.toString()}`;
  };
  if (total === 0) return null;
  return (
    <nav className="pager" aria-label={t('list.paging')}>
      <span data-testid="catalogue-total">
        {t('list.range', {
          from: formatNumber(offset + 1, locale),
          to: formatNumber(offset + shown, locale),
          total: formatNumber(total, locale),
        })}
      </span>
      {offset > 0 && (
        <Link to={at(Math.max(0, offset - PAGE_SIZE))} rel="prev">
          {t('list.previous')}
        </Link>
      )}
      {offset + shown < total && (
        <Link to={at(offset + PAGE_SIZE)} rel="next">
          {t('list.next')}
        </Link>
      )}
    </nav>
  );
}
