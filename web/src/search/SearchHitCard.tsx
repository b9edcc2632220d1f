import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ReadData } from '../api/use-api.ts';
import { formatNumber, languageName } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { snippetParts } from './search-query.ts';

export type SearchHit = ReadData<'/api/search'>['results'][number];

/** One hit: what it is, its title and the words that found it, its language when not the reader's, and why. */
export function SearchHitCard({ hit }: { hit: SearchHit }) {
  const { t, i18n } = useTranslation('search');
  const locale = i18n.language as Locale;
  return (
    <li className="search-hit" data-testid="search-hit" data-type={hit.type}>
      <div className="search-hit-head">
        <span className={`badge search-type type-${hit.type}`}>
          {hit.kind ? t(`catalogue:kind.${hit.kind}`) : t(`type.${hit.type}`)}
        </span>
        <Link to={hit.url} lang={hit.language} dir="auto" className="search-hit-title">
          {hit.title}
        </Link>
        {hit.language !== locale && (
          <small className="language-note" data-testid="hit-language">
            {t('translation:common.inLanguage', { language: languageName(hit.language, locale) })}
          </small>
        )}
        {hit.isDemo && (
          <span className="badge demo-badge" title={t('catalogue:demo.badgeTitle')}>
            {t('catalogue:demo.badge')}
          </span>
        )}
      </div>
      {hit.snippet && (
        <p className="search-snippet" lang={hit.language} dir="auto">
          {snippetParts(hit.snippet, hit.highlights).map((part, index) =>
            // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one snippet never reorder.
            part.marked ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
          )}
        </p>
      )}
      <WhyLine hit={hit} locale={locale} />
    </li>
  );
}

const WHY_PARTS = ['text', 'concept', 'place'] as const;

function WhyLine({ hit, locale }: { hit: SearchHit; locale: Locale }) {
  const { t } = useTranslation('search');
  const percent = (value: number) => formatNumber(value, locale, { style: 'percent', maximumFractionDigits: 0 });
  const parts = WHY_PARTS.filter((part) => hit.why[part] > 0).map((part) =>
    t(`why.${part}`, { percent: percent(hit.why[part]) }),
  );
  return (
    <p className="search-why">
      <span className="visually-hidden">{t('why.label')}: </span>
      {[t('why.score', { score: formatNumber(hit.score, locale, { maximumFractionDigits: 2 }) }), ...parts].join(' · ')}
    </p>
  );
}
