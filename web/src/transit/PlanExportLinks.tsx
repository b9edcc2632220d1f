import { useTranslation } from 'react-i18next';
import type { Locale } from '../i18n/locales.ts';
import { planExportPath, type TransitQuery } from './transit-query.ts';

/** The plan for the same question as a file: PDF to print, XLSX to work on. */
export function PlanExportLinks({ query }: { query: TransitQuery }) {
  const { t, i18n } = useTranslation('transit');
  const locale = i18n.language as Locale;
  return (
    <p className="transit-exports">
      <a className="button-link" href={planExportPath('pdf', query, locale)} download data-testid="plan-pdf">
        {t('export.pdf')}
      </a>
      <a className="button-link" href={planExportPath('xlsx', query, locale)} download data-testid="plan-xlsx">
        {t('export.xlsx')}
      </a>
    </p>
  );
}
