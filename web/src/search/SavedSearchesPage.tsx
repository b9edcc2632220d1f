import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useSession } from '../accounts/session-context.tsx';
import { api, dataOf } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { formatDateTime, formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';

/** The searches a person keeps, each with how many offers and needs are new for it since they last opened it. */
export function SavedSearchesPage() {
  const { t, i18n } = useTranslation('search');
  const locale = i18n.language as Locale;
  const { user } = useSession();
  const navigate = useNavigate();
  const list = useApi(user ? '/api/saved-searches' : null, undefined, `${locale}|${user?.id ?? ''}`);
  if (!user) return <p>{t('saved.signIn')}</p>;
  if (list.problem) return <ProblemMessage problem={list.problem} />;
  if (!list.data) return <p>{t('translation:common.loading')}</p>;
  const open = async (id: string, query: Record<string, string>) => {
    await dataOf(api.POST('/api/saved-searches/{id}/seen', { params: { path: { id } } }));
    navigate(`/${locale}/search?${new URLSearchParams(query)}`);
  };
  const remove = async (id: string) => {
    await dataOf(api.DELETE('/api/saved-searches/{id}', { params: { path: { id } } }));
    list.reload();
  };
  return (
    <section className="saved-searches">
      <h1>{t('saved.title')}</h1>
      <p>{t('saved.intro')}</p>
      {list.data.savedSearches.length === 0 && <p>{t('saved.none')}</p>}
      <ul className="saved-search-list">
        {list.data.savedSearches.map((saved) => (
          <li key={saved.id} data-testid="saved-search">
            <button type="button" className="link-button" onClick={() => void open(saved.id, saved.query)}>
              {saved.name}
            </button>{' '}
            {saved.newItems > 0 && (
              <span className="badge new-items">
                {t('saved.new', { count: saved.newItems, formattedCount: formatNumber(saved.newItems, locale) })}
              </span>
            )}{' '}
            <small>{t('saved.seen', { when: formatDateTime(saved.lastSeenAt, locale) })}</small>{' '}
            <button type="button" onClick={() => void remove(saved.id)}>
              {t('saved.delete')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
