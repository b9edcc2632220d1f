import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { useSession } from '../accounts/session-context.tsx';
import { api, dataOf } from '../api/client.ts';
import type { CatalogueItem, WrittenItem } from '../api/types.ts';
import { useAction } from '../api/use-action.ts';
import { useApi } from '../api/use-api.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import type { Locale } from '../i18n/locales.ts';
import { LocalText } from '../i18n/LocalText.tsx';
import { contentOf, draftOf, newDraft, type ItemDraft } from './item-draft.ts';
import { ItemForm, type SaveIntent } from './ItemForm.tsx';
import { useReferences } from './use-references.ts';

/** A new item (/catalogue/new) or an existing one (/catalogue/:id/edit); after saving, the item's page shows the server's warnings. */
export function ItemFormPage() {
  const { id } = useParams();
  const { t, i18n } = useTranslation('catalogue');
  const locale = i18n.language as Locale;
  const { user, ready } = useSession();
  const navigate = useNavigate();
  const { references, problem: referencesProblem } = useReferences();
  const existing = useApi(
    id ? '/api/items/{id}' : null,
    { params: { path: { id: id ?? '' } } },
    `${locale}|${user?.id ?? ''}`,
  );
  const { problem, run } = useAction();
  const loadProblem = referencesProblem ?? (id ? existing.problem : null);
  if (loadProblem) return <ProblemMessage problem={loadProblem} />;
  if (!ready || !references || (id && !existing.data)) return <p>{t('translation:common.loading')}</p>;
  if (!user) return <p className="card">{t('form.signInFirst')}</p>;
  const item = id ? existing.data : null;

  const save = async (draft: ItemDraft, intent: SaveIntent) => {
    const result: { written?: WrittenItem } = {};
    const ok = await run(async () => {
      result.written = await writeItem(item, draft, intent);
    });
    if (ok && result.written)
      navigate(`/${locale}/catalogue/${result.written.id}`, { state: { warnings: result.written.warnings } });
  };

  return (
    <section className="item-form-page">
      {item ? (
        <h1>
          {t('form.editTitle')} <LocalText value={item.title} />
        </h1>
      ) : (
        <h1>{t('form.newTitle')}</h1>
      )}
      <ItemForm
        key={item?.id ?? 'new'}
        initial={item ? draftOf(item) : newDraft(user, locale)}
        references={references}
        problem={problem}
        saveLabel={t(item ? 'form.save' : 'form.saveDraft')}
        publishLabel={!item ? t('form.publish') : item.status === 'published' ? null : t('form.saveAndPublish')}
        onSave={save}
      />
    </section>
  );
}

/** A new item is created as a draft or published at once; an edit is saved, then published if asked. */
async function writeItem(item: CatalogueItem | null, draft: ItemDraft, intent: SaveIntent): Promise<WrittenItem> {
  const content = contentOf(draft);
  if (!item) {
    const status = intent === 'publish' ? 'published' : 'draft';
    return dataOf(api.POST('/api/items', { body: { ...content, status } }));
  }
  const path = { id: item.id };
  const written = await dataOf(api.PATCH('/api/items/{id}', { params: { path }, body: content }));
  if (intent === 'publish') {
    await dataOf(api.POST('/api/items/{id}/status', { params: { path }, body: { status: 'published' } }));
  }
  return written;
}
