import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem, api, dataOf } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { formatDate, formatDateTime, formatNumber, timeZoneName } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { pickText } from '../i18n/pick-text.ts';
import { EditionSelect } from '../secretariat/EditionSelect.tsx';
import { useEditionChoice } from '../secretariat/use-edition-choice.ts';
import { CheckInResultPanel, type ScanOutcome } from './CheckInResultPanel.tsx';
import { QrScanner } from './QrScanner.tsx';
import './badges.css';

/** A door of the summit: the venue entrance or one session's room. */
export function CheckInPage() {
  const { t, i18n } = useTranslation('badges');
  const locale = i18n.language as Locale;
  const { editions, editionId, choose } = useEditionChoice({ drafts: 'include' });
  const edition = editions.data?.find((entry) => entry.id === editionId);
  const timeZone = edition?.timeZone ?? 'UTC';
  // While no edition is chosen nothing is asked (path null), so the empty id is never sent.
  const inEdition = { params: { path: { editionId: editionId ?? '' } } };
  const programme = useApi(editionId ? '/api/editions/{editionId}/programme' : null, inEdition);
  const attendance = useApi(editionId ? '/api/editions/{editionId}/attendance' : null, inEdition, locale);
  const [sessionId, setSessionId] = useState('');
  const [code, setCode] = useState('');
  const [outcome, setOutcome] = useState<ScanOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const reloadAttendance = attendance.reload;

  const submit = useCallback(
    async (token: string) => {
      setBusy(true);
      try {
        const result = await dataOf(api.POST('/api/check-ins', { body: sessionId ? { token, sessionId } : { token } }));
        setOutcome({ kind: 'admitted', result });
        reloadAttendance();
      } catch (error) {
        if (!(error instanceof ApiProblem)) throw error;
        setOutcome({ kind: 'refused', problem: error });
      } finally {
        setBusy(false);
      }
    },
    [sessionId, reloadAttendance],
  );

  const submitTyped = async (event: FormEvent) => {
    event.preventDefault();
    await submit(code);
    setCode('');
  };

  if (editions.problem) return <ProblemMessage problem={editions.problem} />;
  const today = attendance.data?.today;
  const venueToday = attendance.data?.byDay.find((entry) => entry.day === today)?.count ?? 0;
  const inSession = attendance.data?.bySession.find((entry) => entry.sessionId === sessionId)?.count ?? 0;
  return (
    <section className="check-in">
      <h1>{t('checkIn.title')}</h1>
      <p>{t('checkIn.intro')}</p>
      <div className="badges-filters">
        {editions.data && <EditionSelect editions={editions.data} value={editionId} onChange={choose} />}
        <label>
          {t('checkIn.where')}{' '}
          <select value={sessionId} onChange={(event) => setSessionId(event.target.value)} data-testid="session-choice">
            <option value="">{t('checkIn.venue')}</option>
            {(programme.data?.sessions ?? []).map((session) => (
              <option key={session.id} value={session.id}>
                {formatDateTime(session.startsAt, locale, timeZone)} — {pickText(session.title, locale)?.text ?? ''}
              </option>
            ))}
          </select>
        </label>
      </div>

      <div className="check-in-desk">
        <div className="check-in-inputs">
          <QrScanner onCode={submit} />
          <form className="form check-in-form" onSubmit={submitTyped}>
            <label>
              {t('checkIn.code')}
              <input
                value={code}
                onChange={(event) => setCode(event.target.value)}
                required
                maxLength={200}
                dir="ltr"
                autoComplete="off"
                spellCheck={false}
                data-testid="badge-code"
              />
              <small>{t('checkIn.codeHint')}</small>
            </label>
            <button type="submit" disabled={busy || code.trim() === ''} data-testid="check-in-submit">
              {t('checkIn.submit')}
            </button>
          </form>
        </div>
        <div className="check-in-outcome" aria-live="polite">
          {outcome && <CheckInResultPanel outcome={outcome} timeZone={timeZone} />}
        </div>
      </div>

      {attendance.problem && <ProblemMessage problem={attendance.problem} />}
      {attendance.data && today && (
        <aside className="card check-in-counts" data-testid="today-counts">
          <h2>{t('checkIn.today', { date: formatDate(today, locale) })}</h2>
          <p>{t('checkIn.venueCount', { people: formatNumber(venueToday, locale) })}</p>
          {sessionId && <p>{t('checkIn.sessionCount', { people: formatNumber(inSession, locale) })}</p>}
          <small className="time-zone-note">
            {t('timeZone', { zone: timeZoneName(timeZone, locale, new Date()) })}
          </small>
        </aside>
      )}
    </section>
  );
}
