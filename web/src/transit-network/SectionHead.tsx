import { useTranslation } from 'react-i18next';

/** A section's title, its "add" button for those who may edit, its introduction and the note of the last save. */
export function SectionHead({
  section,
  canAdd,
  onAdd,
  savedId,
}: {
  section: 'nodes' | 'legs';
  canAdd: boolean;
  onAdd: () => void;
  savedId: string | null;
}) {
  const { t } = useTranslation('transitNetwork');
  return (
    <>
      <div className="section-head">
        <h2 id={`${section}-title`}>{t(`${section}.title`)}</h2>
        {canAdd && (
          <button type="button" className="secondary-button" onClick={onAdd}>
            {t(`${section}.add`)}
          </button>
        )}
      </div>
      <p className="hint">{t(`${section}.intro`)}</p>
      {savedId && (
        <p className="saved-note" role="status">
          {t(`${section}.saved`, { id: savedId })}
        </p>
      )}
    </>
  );
}
