import { useTranslation } from 'react-i18next';
import type { WriteWarning } from '../api/types.ts';

/** What the server accepted but thinks worth a second look, e.g. Cyrillic text marked as Persian. */
export function WriteWarnings({ warnings }: { warnings: readonly WriteWarning[] }) {
  const { t } = useTranslation('catalogue');
  if (warnings.length === 0) return null;
  return (
    <div className="warnings" role="status" data-testid="write-warnings">
      <strong>{t('warnings.title')}</strong>
      <ul>
        {warnings.map((warning) => (
          <li key={`${warning.path}:${warning.code}`} data-code={warning.code}>
            <code dir="ltr">{warning.path}</code>: {warning.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
