import { useTranslation } from 'react-i18next';
import type { ParticipantStatus } from '../api/types.ts';

export function StatusBadge({ status }: { status: ParticipantStatus }) {
  const { t } = useTranslation('registration');
  return (
    <span className={`badge registration-status status-${status}`} data-testid="status-badge">
      {t(`status.${status}`)}
    </span>
  );
}

export function DemoBadge() {
  const { t } = useTranslation('registration');
  return (
    <span className="badge demo-badge" title={t('demoTitle')} data-testid="demo-badge">
      {t('demo')}
    </span>
  );
}
