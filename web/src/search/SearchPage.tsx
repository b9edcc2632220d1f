import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { useReferences } from '../catalogue/use-references.ts';
import { formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { SearchFacets } from './SearchFacets.tsx';
import { SaveSearchButton } from './SaveSearchButton.tsx';
import { SearchHitCard } from './SearchHitCard.tsx';
import { apiQueryOf, hasSomethingToSearch, searchParamsOf, searchStateFrom, toggleFacet } from './search-query.ts';
import { useSearchPages } from './use-search-pages.ts';

/** `/<lang>/search?q=…`: results across languages and scripts, what the query was read as, and facets to narrow by. */
export function SearchPage() {
  const { t, i18n } = useTranslation('search');
  const locale = i18n.language as Locale;
  const [params, setParams] = useSearchParams();
  const state = searchStateFrom(params);
  const { references } = useReferences();
  const pages = useSearchPages(hasSomethingToSearch(state) ? apiQueryOf(state, locale) : null);
  const answer = pages.answer;
  const total = answer?.facets.type.reduce((sum, entry) => sum + entry.count, 0) ?? 0;
  return (
    <section className="search-page">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {!hasSomethingToSearch(state) && <p>{t('prompt')}</p>}
      {pages.problem && <ProblemMessage problem={pages.problem} />}
      {pages.unreachable && <p role="alert">{t('translation:common.unreachable')}</p>}
      {answer && (
        <div className="search-layout">
          <SearchFacets
            facets={answer.facets}
            state={state}
            references={references}
            onToggle={(facet, value) => setParams(searchParamsOf(toggleFacet(state, facet, value)))}
          />
          <div className="search-results">
            {answer.concepts.length > 0 && (
              <p className="search-concepts" data-testid="search-concepts">
                {t('searchingFor', {
                  concepts: answer.concepts.map((concept) => concept.label).join(t('translation:common.listSeparator')),
                })}
              </p>
            )}
            {answer.places.length > 0 && (
              <p className="search-places">
                {t('places', {
                  places: answer.places.map((place) => place.name).join(t('translation:common.listSeparator')),
                })}
              </p>
            )}
            <SaveSearchButton state={state} />
            <p role="status">
              {answer.results.length === 0
                ? t('nothing')
                : t(answer.counted.complete ? 'found' : 'foundAtLeast', {
                    count: total,
                    formattedCount: formatNumber(total, locale),
                  })}
            </p>
            <ol className="search-hits">
              {answer.results.map((hit) => (
                <SearchHitCard key={`${hit.type}:${hit.id}`} hit={hit} />
              ))}
            </ol>
            {pages.loadMore && (
              <button type="button" onClick={pages.loadMore} disabled={pages.loading}>
                {t('more')}
              </button>
            )}
          </div>
        </div>
      )}
      {pages.loading && !answer && <p>{t('translation:common.loading')}</p>}
    </section>
  );
}
