import { useTranslation } from 'react-i18next';
import type { CatalogueItem } from '../api/types.ts';
import { countryName, formatDate } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { LocalText } from '../i18n/LocalText.tsx';
import type { References } from './use-references.ts';

/** The province by its name in the reader's language, and its country. */
export function ProvinceName({ provinceId, references }: { provinceId: string; references: References }) {
  const { i18n } = useTranslation();
  const province = references.provinceById.get(provinceId);
  if (!province) return <bdi dir="ltr">{provinceId}</bdi>;
  return (
    <span className="province-name">
      <LocalText value={province.names} /> ({countryName(province.countryCode, i18n.language as Locale)})
    </span>
  );
}

/** Sector and subcategory labels of an item's codes; a code the taxonomy no longer knows shows as the code. */
export function SectorLabels({ codes, references }: { codes: readonly string[]; references: References }) {
  return (
    <ul className="tags sector-labels">
      {codes.map((code) => {
        const node = references.nodeByCode.get(code);
        const sector = node?.parentCode ? references.nodeByCode.get(node.parentCode) : undefined;
        return (
          <li key={code} className="badge">
            {sector && (
              <>
                <LocalText value={sector.labels} />
                {' › '}
              </>
            )}
            {node ? <LocalText value={node.labels} /> : <bdi dir="ltr">{code}</bdi>}
          </li>
        );
      })}
    </ul>
  );
}

export function Validity({ item }: { item: Pick<CatalogueItem, 'validFrom' | 'validUntil'> }) {
  const { t, i18n } = useTranslation('catalogue');
  const locale = i18n.language as Locale;
  const { validFrom, validUntil } = item;
  if (validFrom && validUntil)
    return <>{t('validity.between', { from: formatDate(validFrom, locale), until: formatDate(validUntil, locale) })}</>;
  if (validFrom) return <>{t('validity.from', { date: formatDate(validFrom, locale) })}</>;
  if (validUntil) return <>{t('validity.until', { date: formatDate(validUntil, locale) })}</>;
  return <>{t('validity.open')}</>;
}
