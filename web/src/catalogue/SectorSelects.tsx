import { useTranslation } from 'react-i18next';
import { ChoiceSelect } from '../app/ChoiceSelect.tsx';
import { LabelledField } from '../app/LabelledField.tsx';
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
      <LabelledField label={t('filters.sector')}>
        <ChoiceSelect
          name="sector"
          value={sector}
          choices={sectors.map((node) => node.code)}
          labelOf={label}
          onChange={onChange}
          empty={t('filters.any')}
        />
      </LabelledField>
      <LabelledField label={t('filters.subcategory')}>
        <ChoiceSelect
          name="subcategory"
          value={subcategory}
          choices={subcategories.map((node) => node.code)}
          labelOf={label}
          onChange={(code) => onChange(code || sector)}
          disabled={!sector}
          empty={t('filters.any')}
        />
      </LabelledField>
    </>
  );
}
