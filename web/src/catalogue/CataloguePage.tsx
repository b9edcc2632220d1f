import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useSession } from '../accounts/session-context.tsx';
import { useApi } from '../api/use-api.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { CatalogueFilters } from './CatalogueFilters.tsx';
import { filtersFrom, itemsQuery, offsetFrom, queryOf, type CatalogueFilters as Filters } from './catalogue-query.ts';
import { ExportLinks } from './ExportLinks.tsx';
import { canWriteItems } from './item-permissions.ts';
import { ItemList } from './ItemList.tsx';
import { Pager } from './Pager.tsx';
import { RemoveDemoButton } from './RemoveDemoButton.tsx';
import { SectorOverview } from './SectorOverview.tsx';
import { useReferences } from './use-references.ts';

/** The public catalogue: filters in the URL, one page of items, and published items per sector. */
export function CataloguePage() {
  const { t, i18n } = useTranslation('catalogue');
  const locale = i18n.language as Locale;
  const { user } = useSession();
  const [search, setSearch] = useSearchParams();
  const filters = filtersFrom(search);
  const offset = offsetFrom(search);
  const [generation, setGeneration] = useState(0);
  const { references, problem } = useReferences();
  // The signed-in user matters too: their drafts are theirs to list.
  const page = useApi(
    '/api/items',
    { params: { query: itemsQuery(filters, offset) } },
    `${locale}|${user?.id ?? ''}|${generation}`,
  );
  const apply = (next: Filters) => setSearch(queryOf(next));
  const hasDemo = page.data?.items.some((item) => item.isDemo) ?? false;
  if (problem) return <ProblemMessage problem={problem} />;
  if (!references) return <p>{t('translation:common.loading')}</p>;
  return (
    <section className="catalogue">
      <div className="catalogue-head">
        <h1>{t('title')}</h1>
        {canWriteItems(user) && (
          <Link to={`/${locale}/catalogue/new`} className="button-link">
            {t('list.new')}
          </Link>
        )}
        {user && <Link to={`/${locale}/catalogue/import?${queryOf(filters)}`}>{t('list.import')}</Link>}
      </div>
      <p>{t('intro')}</p>
      <CatalogueFilters key={search.toString()} filters={filters} references={references} onApply={apply} />
      <RemoveDemoButton onRemoved={() => setGeneration((value) => value + 1)} />
      {page.problem && <ProblemMessage problem={page.problem} />}
      {page.data && (
        <>
          <p className="list-total" role="status">
            {t('list.total', { count: page.data.total, formattedCount: formatNumber(page.data.total, locale) })}
          </p>
          {hasDemo && <p className="demo-notice">{t('demo.listNotice')}</p>}
          <ItemList items={page.data.items} references={references} />
          <Pager total={page.data.total} offset={offset} shown={page.data.items.length} />
        </>
      )}
      {!page.data && !page.problem && <p>{t('translation:common.loading')}</p>}
      <ExportLinks filters={filters} />
      <SectorOverview references={references} generation={generation} />
    </section>
  );
}
