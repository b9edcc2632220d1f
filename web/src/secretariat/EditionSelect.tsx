import { useTranslation } from 'react-i18next';
import { LabelledField } from '../app/LabelledField.tsx';
import { NamedSelect } from '../app/NamedSelect.tsx';
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
  const { t } = useTranslation('secretariat');
  return (
    <LabelledField label={t('edition')} inline className="edition-select">
      <NamedSelect
        value={value ?? ''}
        things={editions}
        nameOf={(edition) => edition.name}
        onChange={onChange}
        data-testid="edition-select"
      />
    </LabelledField>
  );
}
