import { useTranslation } from 'react-i18next';
import type { Locale } from '../i18n/locales.ts';
import { pickText } from '../i18n/pick-text.ts';
import type { EditionChoice } from './use-edition-choice.ts';

export function EditionSelect({
  editions,
  value,
  onChange,
}: {
  editions: EditionChoice[];
  value: string | null;
  onChange: (id: string) => void;
}) {
  const { t, i18n } = useTranslation('secretariat');
  const locale = i18n.language as Locale;
  return (
    <label className="edition-select">
      {t('edition')}{' '}
      <select value={value ?? ''} onChange={(event) => onChange(event.target.value)} data-testid="edition-select">
        {editions.map((edition) => (
          <option key={edition.id} value={edition.id}>
            {pickText(edition.name, locale)?.text ?? edition.id}
          </option>
        ))}
      </select>
    </label>
  );
}
