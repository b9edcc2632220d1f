import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { formatDateRange, formatDateTime } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { LocalText } from '../i18n/LocalText.tsx';
import { DeadlineForm } from './DeadlineForm.tsx';
import { NewEditionForm } from './NewEditionForm.tsx';
import './editions-admin.css';

/** The secretariat's list of editions: open a new one (copying the last one's structure) and move deadlines. */
export function EditionsAdminPage() {
  const { t, i18n } = useTranslation('programme');
  const locale = i18n.language as Locale;
  const editions = useApi('/api/editions', undefined, locale);
  const provinces = useApi('/api/provinces', undefined, locale);
  const problem = editions.problem ?? provinces.problem;
  if (problem) return <ProblemMessage problem={problem} />;
  if (!editions.data || !provinces.data) return <p>{t('loading')}</p>;
  return (
    <section className="programme-editor">
      <h1>{t('editions.title')}</h1>
      <p>{t('editions.intro')}</p>
      <div className="table-scroll">
        <table className="table" data-testid="editions-table">
          <thead>
            <tr>
              <th>{t('editions.name')}</th>
              <th>{t('editions.dates')}</th>
              <th>{t('editions.timeZone')}</th>
              <th>{t('editions.deadline')}</th>
            </tr>
          </thead>
          <tbody>
            {editions.data.map((edition, index) => (
              <tr key={edition.id}>
                <td>
                  <LocalText value={edition.name} /> <code dir="ltr">{edition.id}</code>
                  {index === 0 ? (
                    <span className="badge">{t('editions.current')}</span>
                  ) : (
                    <span className="badge">{t('archive')}</span>
                  )}
                </td>
                <td>{formatDateRange(edition.startsOn, edition.endsOn, locale)}</td>
                <td>{edition.timeZone}</td>
                <td>
                  {edition.registrationClosesAt
                    ? formatDateTime(edition.registrationClosesAt, locale, edition.timeZone)
                    : t('editions.noDeadline')}
                  <DeadlineForm edition={edition} onSaved={editions.reload} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <NewEditionForm editions={editions.data} provinces={provinces.data} onCreated={editions.reload} />
    </section>
  );
}
