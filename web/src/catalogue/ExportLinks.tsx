import { useTranslation } from 'react-i18next';
import { exportPath, type CatalogueFilters } from './catalogue-query.ts';

/** The list as it is filtered now, as a spreadsheet or as CSV. */
export function ExportLinks({ filters }: { filters: CatalogueFilters }) {
  const { t } = useTranslation('catalogue');
  return (
    <p className="export-links">
      {t('export.label')}{' '}
      <a href={exportPath(filters, 'xlsx')} download data-testid="export-xlsx">
        {t('export.xlsx')}
      </a>
      {' · '}
      <a href={exportPath(filters, 'csv')} download data-testid="export-csv">
        {t('export.csv')}
      </a>
    </p>
  );
}
