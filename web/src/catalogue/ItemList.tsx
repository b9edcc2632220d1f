import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CatalogueItem } from '../api/types.ts';
import type { Locale } from '../i18n/locales.ts';
import { LocalText } from '../i18n/LocalText.tsx';
import { ItemBadges } from './ItemBadges.tsx';
import { ProvinceName, SectorLabels, Validity } from './ItemLabels.tsx';
import { OrganisationName } from './OrganisationName.tsx';
import type { References } from './use-references.ts';

export function ItemList({ items, references }: { items: CatalogueItem[]; references: References }) {
  const { t } = useTranslation('catalogue');
  if (items.length === 0) return <p className="card">{t('list.empty')}</p>;
  return (
    <ul className="catalogue-items" data-testid="catalogue-items">
      {items.map((item) => (
        <ItemRow key={item.id} item={item} references={references} />
      ))}
    </ul>
  );
}

function ItemRow({ item, references }: { item: CatalogueItem; references: References }) {
  const { t, i18n } = useTranslation('catalogue');
  const locale = i18n.language as Locale;
  return (
    <li
      className={`card catalogue-item${item.isDemo ? ' is-demo' : ''}`}
      data-testid="catalogue-item"
      data-id={item.id}
    >
      <ItemBadges item={item} />
      <h2 className="item-title">
        <Link to={`/${locale}/catalogue/${item.id}`}>
          <LocalText value={item.title} />
        </Link>
      </h2>
      <p className="item-meta">
        <ProvinceName provinceId={item.provinceId} references={references} />
        {item.organisation && (
          <>
            {' · '}
            <OrganisationName organisation={item.organisation} />
          </>
        )}
      </p>
      <SectorLabels codes={item.taxonomyCodes} references={references} />
      <p className="item-validity">
        <span className="field-label">{t('item.validity')}</span> <Validity item={item} />
      </p>
    </li>
  );
}
