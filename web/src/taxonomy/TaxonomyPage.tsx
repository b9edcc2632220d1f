import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import type { Locale } from '../i18n/locales.ts';
import { AddSubcategoryForm } from './AddSubcategoryForm.tsx';
import { TaxonomyNodeRow } from './TaxonomyNodeRow.tsx';

/** The secretariat's view of the shared taxonomy: every sector, retired ones too, with labels awaiting review. */
export function TaxonomyPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const nodes = useApi('/api/taxonomy', { params: { query: { includeRetired: 'true' } } }, locale);
  if (nodes.problem) return <ProblemMessage problem={nodes.problem} />;
  if (!nodes.data) return <p>{t('common.loading')}</p>;
  const sectors = nodes.data.filter((node) => node.parentCode === null);
  const toReview = nodes.data.filter((node) => node.labelsToReview.length > 0).length;
  return (
    <section>
      <h1>{t('taxonomy.title')}</h1>
      <p>{t('taxonomy.intro', { count: toReview })}</p>
      <AddSubcategoryForm sectors={sectors} onAdded={nodes.reload} />
      <div className="table-scroll">
        <table className="table" data-testid="taxonomy-table">
          <thead>
            <tr>
              <th>{t('taxonomy.label')}</th>
              <th>{t('taxonomy.codes')}</th>
              <th>{t('taxonomy.review')}</th>
              <th>{t('taxonomy.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {sectors.flatMap((sector) => [
              <TaxonomyNodeRow key={sector.code} node={sector} onChanged={nodes.reload} />,
              ...nodes
                .data!.filter((node) => node.parentCode === sector.code)
                .map((sub) => <TaxonomyNodeRow key={sub.code} node={sub} onChanged={nodes.reload} />),
            ])}
          </tbody>
        </table>
      </div>
    </section>
  );
}
