import { useTranslation } from 'react-i18next';
import type { CatalogueItem } from '../api/types.ts';

/** Offer or need, a status other than published, and a plain "invented" mark on demo content. */
export function ItemBadges({ item }: { item: Pick<CatalogueItem, 'kind' | 'status' | 'isDemo'> }) {
  const { t } = useTranslation('catalogue');
  return (
    <span className="item-badges">
      <span className={`badge kind-${item.kind}`} data-testid="kind-badge">
        {t(`kind.${item.kind}`)}
      </span>
      {item.status !== 'published' && (
        <span className={`badge status-${item.status}`}>{t(`status.${item.status}`)}</span>
      )}
      {item.isDemo && (
        <span className="badge demo-badge" title={t('demo.badgeTitle')} data-testid="demo-badge">
          {t('demo.badge')}
        </span>
      )}
    </span>
  );
}
