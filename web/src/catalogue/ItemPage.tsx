import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { useSession } from '../accounts/session-context.tsx';
import type { WriteWarning } from '../api/types.ts';
import { useApi } from '../api/use-api.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import type { Locale } from '../i18n/locales.ts';
import { LocalText } from '../i18n/LocalText.tsx';
import { ExpressInterest } from '../matchmaking/ExpressInterest.tsx';
import { ItemMatches } from '../matchmaking/ItemMatches.tsx';
import { ItemAttachments } from './ItemAttachments.tsx';
import { ItemAuthorTools } from './ItemAuthorTools.tsx';
import { ItemBadges } from './ItemBadges.tsx';
import { ItemFacts } from './ItemFacts.tsx';
import { ItemLanguages } from './ItemLanguages.tsx';
import { canWriteItem } from './item-permissions.ts';
import { useReferences } from './use-references.ts';
import { WriteWarnings } from './WriteWarnings.tsx';

/** One offer or need at a stable address, for everyone; its authors get their tools below it. */
export function ItemPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('catalogue');
  const locale = i18n.language as Locale;
  const { user } = useSession();
  const warnings = (useLocation().state as { warnings?: WriteWarning[] } | null)?.warnings ?? [];
  const item = useApi('/api/items/{id}', { params: { path: { id } } }, `${locale}|${user?.id ?? ''}`);
  const { references, problem } = useReferences();
  if (item.problem ?? problem) return <ProblemMessage problem={(item.problem ?? problem)!} />;
  if (!item.data || !references) return <p>{t('translation:common.loading')}</p>;
  const detail = item.data;
  const mayWrite = canWriteItem(user, detail);
  return (
    <article className="catalogue-detail" data-testid="catalogue-detail">
      <p>
        <Link to={`/${locale}/catalogue`}>{t('item.backToList')}</Link>
      </p>
      <ItemBadges item={detail} />
      {/* The text is an isolated run inside a heading in the page's direction: a Russian title lines up with a Persian page. */}
      <h1>
        <LocalText value={detail.title} />
      </h1>
      {detail.isDemo && (
        <p className="demo-notice" role="note">
          {t('demo.notice')}
        </p>
      )}
      <WriteWarnings warnings={warnings} />
      <ItemLanguages item={detail} />
      <p className="item-description">
        {Object.values(detail.description).some(Boolean) ? (
          <LocalText value={detail.description} />
        ) : (
          t('item.noDescription')
        )}
      </p>
      <ItemFacts item={detail} references={references} />
      <ItemAttachments itemId={detail.id} mayWrite={mayWrite} />
      {mayWrite && <ItemAuthorTools item={detail} onChanged={item.reload} />}
      {detail.status === 'published' && (
        <ExpressInterest
          itemId={detail.id}
          provinceId={detail.provinceId}
          organisation={detail.organisation?.name ?? null}
        />
      )}
      {detail.status === 'published' && <ItemMatches itemId={detail.id} kind={detail.kind} references={references} />}
    </article>
  );
}
