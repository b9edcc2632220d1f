import { useTranslation } from 'react-i18next';
import { ROLES, type Audience, type ProvinceSummary } from '../api/types.ts';
import type { Locale } from '../i18n/locales.ts';
import { pickText } from '../i18n/pick-text.ts';

export type SessionChoice = { sessionId: string; label: string };
const KINDS = ['everyone', 'role', 'delegation', 'session'] as const;

/** The audience chooser: a kind, then the one role, province or session it is about. */
export function AudienceFields({
  value,
  onChange,
  provinces,
  sessions,
}: {
  value: Audience;
  onChange: (audience: Audience) => void;
  provinces: ProvinceSummary[];
  sessions: SessionChoice[];
}) {
  const { t, i18n } = useTranslation('secretariat');
  const { t: tShell } = useTranslation();
  const locale = i18n.language as Locale;
  const chooseKind = (kind: Audience['kind']) => {
    if (kind === 'everyone') onChange({ kind });
    if (kind === 'role') onChange({ kind, role: 'delegation_member' });
    if (kind === 'delegation') onChange({ kind, provinceId: provinces[0]?.id ?? '' });
    if (kind === 'session') onChange({ kind, sessionId: sessions[0]?.sessionId ?? '' });
  };
  return (
    <fieldset className="form-group" data-testid="audience">
      <legend>{t('admin.audience')}</legend>
      <div className="audience-kinds" role="radiogroup">
        {KINDS.map((kind) => (
          <label key={kind}>
            <input
              type="radio"
              name="audience-kind"
              value={kind}
              checked={value.kind === kind}
              onChange={() => chooseKind(kind)}
            />{' '}
            {t(`audience.${kind}`)}
          </label>
        ))}
      </div>
      {value.kind === 'role' && (
        <label>
          {t('admin.role')}
          <select
            value={value.role}
            onChange={(event) => onChange({ kind: 'role', role: event.target.value as typeof value.role })}
            data-testid="audience-role"
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {tShell(`roles.${role}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      {value.kind === 'delegation' && (
        <label>
          {t('admin.province')}
          <select
            value={value.provinceId}
            onChange={(event) => onChange({ kind: 'delegation', provinceId: event.target.value })}
            data-testid="audience-province"
          >
            {provinces.map((province) => (
              <option key={province.id} value={province.id}>
                {pickText(province.names, locale)?.text ?? province.id}
              </option>
            ))}
          </select>
        </label>
      )}
      {value.kind === 'session' &&
        // With no session to choose there is no control to label: the hint says why.
        (sessions.length === 0 ? (
          <p className="hint">{t('admin.noSessions')}</p>
        ) : (
          <label>
            {t('admin.session')}
            <select
              value={value.sessionId}
              onChange={(event) => onChange({ kind: 'session', sessionId: event.target.value })}
              data-testid="audience-session"
            >
              {sessions.map((session) => (
                <option key={session.sessionId} value={session.sessionId}>
                  {session.label}
                </option>
              ))}
            </select>
          </label>
        ))}
    </fieldset>
  );
}
