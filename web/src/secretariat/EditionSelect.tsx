import { useTranslation } from 'react-i18next';
import { ChoiceSelect } from '../app/ChoiceSelect.tsx';
import { LabelledField } from '../app/LabelledField.tsx';
import type { Locale } from '../i18n/locales.ts';
import { pickText } from '../i18n/pick-text.ts';
import type { EditionChoice } from './use-edition-choice.ts';

/** The editions by name in the reader's language (else by id), a draft said to be one. */
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
  const labels = new Map(
    editions.map((edition) => {
      const name = pickText(edition.name, locale)?.text ?? edition.id;
      return [edition.id, edition.status === 'draft' ? t('editionDraft', { name }) : name];
    }),
  );
  return (
    <LabelledField label={t('edition')} inline className="edition-select">
      <ChoiceSelect
        value={value ?? ''}
        choices={[...labels.keys()]}
        labelOf={(id) => labels.get(id) ?? id}
        onChange={onChange}
        data-testid="edition-select"
      />
    </LabelledField>
  );
}
