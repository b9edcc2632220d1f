import { useTranslation } from 'react-i18next';
import type { Locale } from '../i18n/locales.ts';
import { pickText } from '../i18n/pick-text.ts';
import { subcategoriesOf, type References } from './use-references.ts';

/**
 * One filter value, two choices: "energy" is a sector (with all its subcategories),
 * "energy.electricity" one subcategory of it. Retired nodes are offered only while chosen.
 */
export function SectorSelects({
  value,
  references,
  onChange,
}: {
  value: string;
  references: References;
  onChange: (code: string) => void;
}) {
  const { t, i18n } = useTranslation('catalogue');
  const locale = i18n.language as Locale;
  const sector = value.split('.')[0] ?? '';
  const subcategory = value.includes('.') ? value : '';
  const label = (code: string) => {
    const node = references.nodeByCode.get(code);
    return (node && pickText(node.labels, locale)?.text) ?? code;
  };
  const sectors = references.sectors.filter((node) => !node.retired || node.code === sector);
  const subcategories = sector
    ? subcategoriesOf(references, sector).filter((node) => !node.retired || node.code === subcategory)
    : [];
  return (
    <>
      <label>
        {t('filters.sector')}
        <select name="sector" value={sector} onChange={(event) => onChange(event.target.value)}>
          <option value="">{t('filters.any')}</option>
          {sectors.map((node) => (
            <option key={node.code} value={node.code}>
              {label(node.code)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filters.subcategory')}
        <select
          name="subcategory"
          value={subcategory}
          onChange={(event) => onChange(event.target.value || sector)}
          disabled={!sector}
        >
          <option value="">{t('filters.any')}</option>
          {subcategories.map((node) => (
            <option key={node.code} value={node.code}>
              {label(node.code)}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
