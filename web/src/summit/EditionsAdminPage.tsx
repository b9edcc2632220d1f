import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useApi } from '../api/use-api.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { formatDateRange, formatDateTime } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { LocalText } from '../i18n/LocalText.tsx';
import { EditionEditor } from './EditionEditor.tsx';
import { NewEditionForm } from './NewEditionForm.tsx';
import { timeZoneLabel } from './time-zones.ts';
import './editions-admin.css';

/**
 * The secretariat's editions, drafts included: open a new one (copying the last one's structure),
 * edit any of them (`?edit=<id>`, so a reload keeps it open) and publish a draft.
 */
export function EditionsAdminPage() {
  const { t, i18n } = useTranslation('programme');
  const locale = i18n.language as Locale;
  const [params, setParams] = useSearchParams();
  const editions = useApi('/api/editions', { params: { query: { drafts: 'include' } } }, locale);
  const provinces = useApi('/api/provinces', undefined, locale);
  const problem = editions.problem ?? provinces.problem;
  if (problem) return <ProblemMessage problem={problem} />;
  if (!editions.data || !provinces.data) return <p>{t('loading')}</p>;
  const editing = params.get('edit');
  const current = editions.data.find((edition) => edition.status === 'published');
  const edit = (id: string) => setParams((previous) => ({ ...Object.fromEntries(previous), edit: id }));
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
              <th>
                <span className="visually-hidden">{t('editions.edit')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {editions.data.map((edition) => (
              <tr key={edition.id} data-testid="edition-row" data-status={edition.status}>
                <td>
                  <LocalText value={edition.name} /> <code dir="ltr">{edition.id}</code>{' '}
                  {edition.status === 'draft' ? (
                    <span className="badge status-draft">{t('editions.status.draft')}</span>
                  ) : edition.id === current?.id ? (
                    <span className="badge">{t('editions.current')}</span>
                  ) : (
                    <span className="badge">{t('archive')}</span>
                  )}
                </td>
                <td>{formatDateRange(edition.startsOn, edition.endsOn, locale)}</td>
                <td>{timeZoneLabel(edition.timeZone, locale, new Date(`${edition.startsOn}T12:00:00Z`))}</td>
                <td>
                  {edition.registrationClosesAt
                    ? formatDateTime(edition.registrationClosesAt, locale, edition.timeZone)
                    : t('editions.noDeadline')}
                </td>
                <td>
                  <button
                    type="button"
                    onClick={() => edit(edition.id)}
                    aria-pressed={editing === edition.id}
                    data-testid="edit-edition"
                  >
                    {t('editions.edit')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {editing && editions.data.some((edition) => edition.id === editing) && (
        <EditionEditor key={editing} editionId={editing} provinces={provinces.data} onSaved={editions.reload} />
      )}
      <NewEditionForm
        editions={editions.data}
        provinces={provinces.data}
        onCreated={(id) => {
          editions.reload();
          edit(id);
        }}
      />
    </section>
  );
}
