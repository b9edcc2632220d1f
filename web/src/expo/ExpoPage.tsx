import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useSession } from '../accounts/session-context.tsx';
import { useApi } from '../api/use-api.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { formatDateRange, formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { LocalText } from '../i18n/LocalText.tsx';
import { DIRECTORY_PAGE_SIZE, directoryFiltersFrom, directoryQueryOf, exhibitorsQuery } from './directory-query.ts';
import { ExhibitorFilters } from './ExhibitorFilters.tsx';
import { ExhibitorForm } from './ExhibitorForm.tsx';
import { ExhibitorList } from './ExhibitorList.tsx';
import { FloorPlan } from './FloorPlan.tsx';
import { EditionSelect } from '../secretariat/EditionSelect.tsx';
import { useEditionChoice } from '../secretariat/use-edition-choice.ts';
import { useExpo } from './use-expo.ts';
import './expo.css';

/** The public expo page: the exhibitor directory with its filters, and the floor plan. */
export function ExpoPage() {
  const { t, i18n } = useTranslation('expo');
  const locale = i18n.language as Locale;
  const { user } = useSession();
  const [search, setSearch] = useSearchParams();
  const filters = directoryFiltersFrom(search);
  const offset = Math.max(0, Number(search.get('offset')) || 0);
  const { editions, editionId, choose } = useEditionChoice({ drafts: 'exclude' });
  const { context, problem } = useExpo(editionId);
  const expoId = context?.expo.id ?? null;
  const page = useApi(
    expoId ? '/api/expos/{expoId}/exhibitors' : null,
    { params: { path: { expoId: expoId ?? '' }, query: exhibitorsQuery(filters, offset) } },
    locale,
  );
  const floor = useApi(
    expoId ? '/api/expos/{expoId}/floor' : null,
    { params: { path: { expoId: expoId ?? '' } } },
    locale,
  );
  if (problem) return <ProblemMessage problem={problem} />;
  if (!context) return <p>{t('translation:common.loading')}</p>;
  // The directory's own address keeps the edition chosen for an archive visit.
  const withEdition = (query: URLSearchParams) => {
    const chosen = search.get('edition');
    if (chosen) query.set('edition', chosen);
    return query;
  };
  const pageAt = (nextOffset: number) => {
    const query = withEdition(directoryQueryOf(filters));
    if (nextOffset > 0) query.set('offset', String(nextOffset));
    return `?${query.toString()}`;
  };
  return (
    <section className="expo-page">
      {editions.data && <EditionSelect editions={editions.data} value={editionId} onChange={choose} />}
      <h1>
        <LocalText value={context.expo.name} />
      </h1>
      <p>
        <LocalText value={context.expo.venue} /> · {formatDateRange(context.expo.startsOn, context.expo.endsOn, locale)}
      </p>
      <LocalText value={context.expo.aim} as="p" />
      <nav className="expo-links">
        {user && <Link to={`/${locale}/expo/buyers`}>{t('buyers.link')}</Link>}
        <a href={`/api/expos/${encodeURIComponent(context.expo.id)}/exhibitors/export?lang=${locale}`} download>
          {t('directory.export')}
        </a>
      </nav>

      {user?.role === 'exhibitor' && (
        <details className="card">
          <summary>{t('edit.registerOwn')}</summary>
          <ExhibitorForm context={context} onSaved={page.reload} />
        </details>
      )}

      <h2>{t('directory.title')}</h2>
      <ExhibitorFilters
        key={search.toString()}
        filters={filters}
        provinces={context.provinces}
        onApply={(next) => setSearch(withEdition(directoryQueryOf(next)))}
      />
      {page.problem && <ProblemMessage problem={page.problem} />}
      {page.data && (
        <>
          <p role="status">
            {t('directory.total', { count: page.data.total, formattedCount: formatNumber(page.data.total, locale) })}
          </p>
          {page.data.items.some((item) => item.isDemo) && <p className="demo-notice">{t('demo.notice')}</p>}
          <ExhibitorList exhibitors={page.data.items} context={context} />
          <nav className="pager" aria-label={t('directory.paging')}>
            {offset > 0 && (
              <Link to={pageAt(Math.max(0, offset - DIRECTORY_PAGE_SIZE))} rel="prev">
                {t('directory.previous')}
              </Link>
            )}
            {offset + page.data.items.length < page.data.total && (
              <Link to={pageAt(offset + DIRECTORY_PAGE_SIZE)} rel="next">
                {t('directory.next')}
              </Link>
            )}
          </nav>
        </>
      )}

      <h2>{t('floor.title')}</h2>
      {floor.problem && <ProblemMessage problem={floor.problem} />}
      {floor.data ? <FloorPlan floor={floor.data} /> : !floor.problem && <p>{t('translation:common.loading')}</p>}
    </section>
  );
}
