import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, dataOf } from '../api/client.ts';
import type { BadgeRosterEntry } from '../api/types.ts';
import { useAction } from '../api/use-action.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { formatDateTime } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { ParticipantName } from './ParticipantName.tsx';

type Props = { entry: BadgeRosterEntry; provinceName: string; timeZone: string; onChanged: () => void };

/** One approved participant: their badge, and issuing, printing or revoking it. */
export function BadgeRow({ entry, provinceName, timeZone, onChanged }: Props) {
  const { t, i18n } = useTranslation('badges');
  const locale = i18n.language as Locale;
  const { problem, run } = useAction();
  const [revoking, setRevoking] = useState(false);
  const [reason, setReason] = useState('');
  const badge = entry.badge;

  const issue = async () => {
    if (badge && !window.confirm(t('admin.reissueConfirm'))) return;
    const issued = await run(
      async () =>
        void (await dataOf(
          api.POST('/api/participants/{id}/badge', { params: { path: { id: entry.participantId } }, body: {} }),
        )),
    );
    if (issued) onChanged();
  };
  const revoke = async (event: FormEvent) => {
    event.preventDefault();
    if (!badge) return;
    const revoked = await run(
      async () =>
        void (await dataOf(
          api.POST('/api/badges/{id}/revoke', { params: { path: { id: badge.id } }, body: { reason } }),
        )),
    );
    if (revoked) {
      setRevoking(false);
      setReason('');
      onChanged();
    }
  };

  return (
    <tr data-testid="badge-row" data-participant={entry.participantId}>
      <td>
        <ParticipantName native={entry.nameNative} latin={entry.nameLatin} language={entry.nameLanguage} />
        {entry.isDemo && (
          <span className="badge demo-badge" title={t('admin.demoTitle')}>
            {t('admin.demo')}
          </span>
        )}
      </td>
      <td>{t(`role.${entry.role}`)}</td>
      <td>{provinceName || '—'}</td>
      <td>
        {badge ? (
          t('admin.issuedAt', { time: formatDateTime(badge.issuedAt, locale, timeZone) })
        ) : (
          <span className="badge-missing">{t('admin.noBadge')}</span>
        )}
      </td>
      <td>
        <div className="badge-actions">
          <button type="button" onClick={issue} data-testid="issue-badge">
            {badge ? t('admin.reissue') : t('admin.issue')}
          </button>
          {badge && (
            <a href={`/api/badges/${badge.id}/badge.pdf`} target="_blank" rel="noreferrer" data-testid="badge-pdf">
              {t('admin.print')}
            </a>
          )}
          {badge && !revoking && (
            <button type="button" className="danger" onClick={() => setRevoking(true)}>
              {t('admin.revoke')}
            </button>
          )}
          {badge && revoking && (
            <form className="revoke-form" onSubmit={revoke}>
              <label>
                {t('admin.revokeReason')}
                <input value={reason} onChange={(event) => setReason(event.target.value)} required maxLength={500} />
              </label>
              <button type="submit" className="danger">
                {t('admin.revokeConfirm')}
              </button>
              <button type="button" onClick={() => setRevoking(false)}>
                {t('admin.cancel')}
              </button>
            </form>
          )}
        </div>
        {problem && <ProblemMessage problem={problem} />}
      </td>
    </tr>
  );
}
