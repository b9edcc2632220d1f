import { useTranslation } from 'react-i18next';
import type { Panel, ProgrammeSession } from '../api/types.ts';
import { languageName } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { LocalText } from '../i18n/LocalText.tsx';
import { formatTimeRange } from './programme-format.ts';

/** One slot of the programme as the public sees it: when, what, where, in which languages, with whom. */
export function SessionCard({
  session,
  panel,
  timeZone,
}: {
  session: ProgrammeSession;
  panel: Panel | undefined;
  timeZone: string;
}) {
  const { t, i18n } = useTranslation('programme');
  const locale = i18n.language as Locale;
  const languages = (codes: readonly string[]) =>
    codes.map((code) => languageName(code, locale)).join(t('listSeparator'));
  const people = (role: 'moderator' | 'speaker') => session.people.filter((person) => person.role === role);
  return (
    <li id={`session-${session.id}`} className={`session-card card kind-${session.kind}`} data-testid="session">
      <p className="session-when">
        <time dateTime={session.startsAt}>{formatTimeRange(session.startsAt, session.endsAt, locale, timeZone)}</time>
        <span className="badge">{t(`kind.${session.kind}`)}</span>
        {session.isDemo && (
          <span className="badge demo-badge" title={t('demo.badgeTitle')} data-testid="demo-badge">
            {t('demo.badge')}
          </span>
        )}
      </p>
      <LocalText as="h3" value={session.title} />
      {session.roomName && (
        <p>
          {t('room')}: <LocalText value={session.roomName} />
        </p>
      )}
      {session.languagesSpoken.length > 0 && (
        <p>{t('languagesSpoken', { languages: languages(session.languagesSpoken) })}</p>
      )}
      {session.languagesInterpreted.length > 0 && (
        <p>{t('languagesInterpreted', { languages: languages(session.languagesInterpreted) })}</p>
      )}
      {panel && Object.keys(panel.moderatorName).length > 0 && (
        <p>
          {t('panelModerator')}: <LocalText value={panel.moderatorName} /> (<LocalText value={panel.moderatorRole} />)
        </p>
      )}
      {(['moderator', 'speaker'] as const).map(
        (role) =>
          people(role).length > 0 && (
            <p key={role}>
              {t(`people.${role}`)}:{' '}
              {people(role).map((person, index) => (
                <span key={person.participantId}>
                  {index > 0 && t('listSeparator')}
                  <bdi>{person.nameNative}</bdi>
                  {person.nameLatin && person.nameLatin !== person.nameNative && <> ({person.nameLatin})</>}
                </span>
              ))}
            </p>
          ),
      )}
      {Object.keys(session.abstract).length > 0 && <LocalText as="p" value={session.abstract} />}
      <p>
        <a href={`/api/sessions/${session.id}/calendar.ics?lang=${locale}`} download data-testid="session-ics">
          {t('addToCalendar')}
        </a>
      </p>
    </li>
  );
}
