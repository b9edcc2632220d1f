import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../api/client.ts';
import type { CheckInResult } from '../api/types.ts';
import { formatDateTime } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { LocalText } from '../i18n/LocalText.tsx';
import { ParticipantName } from './ParticipantName.tsx';

export type ScanOutcome = { kind: 'admitted'; result: CheckInResult } | { kind: 'refused'; problem: ApiProblem };

/** Big and plain, to be read at arm's length at a busy door: green admits, red does not, and why. */
export function CheckInResultPanel({ outcome, timeZone }: { outcome: ScanOutcome; timeZone: string }) {
  const { t, i18n } = useTranslation('badges');
  const locale = i18n.language as Locale;
  if (outcome.kind === 'refused') {
    return (
      <div
        className="check-in-result refused"
        role="alert"
        data-testid="check-in-result"
        data-outcome="refused"
        data-code={outcome.problem.problem.code}
      >
        <p className="check-in-verdict">✕ {t('checkIn.refused')}</p>
        <p className="check-in-reason">
          <strong>{outcome.problem.problem.title}</strong> {outcome.problem.problem.detail}
        </p>
      </div>
    );
  }
  const { result } = outcome;
  const time = formatDateTime(result.checkedInAt, locale, timeZone);
  return (
    <div className="check-in-result admitted" role="status" data-testid="check-in-result" data-outcome="admitted">
      <p className="check-in-verdict">✓ {t('checkIn.admitted')}</p>
      <p className="check-in-name">
        <ParticipantName
          native={result.participant.nameNative}
          latin={result.participant.nameLatin}
          language={result.participant.nameLanguage}
        />
      </p>
      <p className="check-in-details">
        {t(`role.${result.participant.role}`)}
        {result.participant.provinceNames && (
          <>
            {' · '}
            <LocalText value={result.participant.provinceNames} />
          </>
        )}
      </p>
      {result.alreadyCheckedIn && (
        <p className="check-in-repeat">
          {result.sessionId ? t('checkIn.alreadyInSession', { time }) : t('checkIn.alreadyToday', { time })}
        </p>
      )}
    </div>
  );
}
