import { useTranslation } from 'react-i18next';

/** "Edit" in a row or a cell; `label` names what it edits, for a screen reader going through many of them. */
export function EditButton({ label, onClick }: { label: string; onClick: () => void }) {
  const { t } = useTranslation('transitNetwork');
  return (
    <button type="button" className="link-button" onClick={onClick} aria-label={label}>
      {t('edit')}
    </button>
  );
}
