import { useTranslation } from 'react-i18next';

/** The header of a row-actions column: named for screen readers, empty to the eye, still part of the header row. */
export function ActionsHeader() {
  const { t } = useTranslation('transitNetwork');
  return (
    <th scope="col" className="col-actions">
      <span className="visually-hidden">{t('actions')}</span>
    </th>
  );
}
