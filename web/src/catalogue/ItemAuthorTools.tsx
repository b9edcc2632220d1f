import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, dataOf } from '../api/client.ts';
import type { CatalogueItem, ItemStatus } from '../api/types.ts';
import { useAction } from '../api/use-action.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { languageName } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { ItemHistory } from './ItemHistory.tsx';

/** The moves the server allows from each status (see canChangeStatus on the server). */
const NEXT_STATUSES: Record<ItemStatus, ItemStatus[]> = {
  draft: ['published', 'archived'],
  published: ['archived'],
  archived: ['published'],
};

/** For the item's authors: edit, publish or archive, what is left to translate, and what happened so far. */
export function ItemAuthorTools({ item, onChanged }: { item: CatalogueItem; onChanged: () => void }) {
  const { t, i18n } = useTranslation('catalogue');
  const locale = i18n.language as Locale;
  const { problem, run } = useAction();
  const changeStatus = (status: ItemStatus) =>
    void run(async () => {
      await dataOf(api.POST('/api/items/{id}/status', { params: { path: { id: item.id } }, body: { status } }));
    }).then((ok) => ok && onChanged());
  return (
    <section className="card author-tools" data-testid="author-tools">
      <h2>{t('author.title')}</h2>
      <p className="author-actions">
        <Link to={`/${i18n.language}/catalogue/${item.id}/edit`} className="button-link">
          {t('author.edit')}
        </Link>
        {NEXT_STATUSES[item.status].map((status) => (
          <button key={status} type="button" onClick={() => changeStatus(status)} data-testid={`status-${status}`}>
            {t(
              status === 'published'
                ? item.status === 'archived'
                  ? 'author.republish'
                  : 'author.publish'
                : 'author.archive',
            )}
          </button>
        ))}
      </p>
      {problem && <ProblemMessage problem={problem} />}
      {item.missingTranslations.length > 0 ? (
        <p data-testid="missing-translations">
          {t('author.missingTranslations', {
            languages: item.missingTranslations
              .map((language) => languageName(language, locale))
              .join(t('translation:common.listSeparator')),
          })}
        </p>
      ) : (
        <p>{t('author.allTranslated')}</p>
      )}
      <ItemHistory itemId={item.id} version={item.version} />
    </section>
  );
}
