import { useTranslation } from 'react-i18next';
import { ROLES, type Audience, type ProvinceSummary } from '../api/types.ts';
import { ChoiceSelect } from '../app/ChoiceSelect.tsx';
import { LabelledField } from '../app/LabelledField.tsx';
import { NamedSelect } from '../app/NamedSelect.tsx';

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
  const { t } = useTranslation('secretariat');
  const { t: tShell } = useTranslation();
  const sessionLabels = new Map(sessions.map((session) => [session.sessionId, session.label]));
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
        <LabelledField label={t('admin.role')}>
          <ChoiceSelect
            value={value.role}
            choices={ROLES}
            labelOf={(role) => tShell(`roles.${role}`)}
            onChange={(role) => onChange({ kind: 'role', role })}
            data-testid="audience-role"
          />
        </LabelledField>
      )}
      {value.kind === 'delegation' && (
        <LabelledField label={t('admin.province')}>
          <NamedSelect
            value={value.provinceId}
            things={provinces}
            nameOf={(province) => province.names}
            onChange={(provinceId) => onChange({ kind: 'delegation', provinceId })}
            data-testid="audience-province"
          />
        </LabelledField>
      )}
      {value.kind === 'session' &&
        // With no session to choose there is no control to label: the hint says why.
        (sessions.length === 0 ? (
          <p className="hint">{t('admin.noSessions')}</p>
        ) : (
          <LabelledField label={t('admin.session')}>
            <ChoiceSelect
              value={value.sessionId}
              choices={[...sessionLabels.keys()]}
              labelOf={(id) => sessionLabels.get(id) ?? id}
              onChange={(sessionId) => onChange({ kind: 'session', sessionId })}
              data-testid="audience-session"
            />
          </LabelledField>
        ))}
    </fieldset>
  );
}
