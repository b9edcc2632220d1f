import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { AvailabilityEditor } from './AvailabilityEditor.tsx';
import { useApi, type ReadData } from '../api/use-api.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { formatDateBothCalendars, timeZoneName } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { LocalText } from '../i18n/LocalText.tsx';
import { dayInZone, formatTimeRange } from '../programme/programme-format.ts';
import { DemoBadge } from './DemoBadge.tsx';
import { personLabel } from './meeting-format.ts';
import './meetings.css';

type Agenda = ReadData<'/api/meetings/agenda/{participantId}'>;
type AgendaItem = Agenda['items'][number];

/** One person's published meetings and programme sessions, day by day, with the files to take along. */
export function AgendaPage() {
  const { t, i18n } = useTranslation('meetings');
  const locale = i18n.language as Locale;
  const { participantId = '' } = useParams();
  const agenda = useApi('/api/meetings/agenda/{participantId}', { params: { path: { participantId } } }, locale);
  if (agenda.problem) return <ProblemMessage problem={agenda.problem} />;
  if (!agenda.data) return <p>{t('translation:common.loading')}</p>;
  const { items, timeZone } = agenda.data;
  const days = [...new Set(items.map((item) => dayInZone(item.startsAt, timeZone)))];
  const files = `/api/meetings/agenda/${participantId}/agenda`;
  return (
    <section className="agenda-page">
      <h1>{t('agenda.title', { name: personLabel(agenda.data, locale) })}</h1>
      <p>{t('agenda.times', { zone: timeZoneName(timeZone, locale, new Date(items[0]?.startsAt ?? Date.now())) })}</p>
      <p className="agenda-files">
        <a href={`${files}.ics?lang=${locale}`} download>
          {t('agenda.ics')}
        </a>{' '}
        <a href={`${files}.pdf?lang=${locale}`}>{t('agenda.pdf')}</a>
      </p>
      {items.length === 0 && <p>{t('agenda.empty')}</p>}
      {days.map((day) => (
        <section key={day} className="agenda-day">
          <h2>{formatDateBothCalendars(day, locale)}</h2>
          <ol>
            {items
              .filter((item) => dayInZone(item.startsAt, timeZone) === day)
              .map((item) => (
                <AgendaEntry key={`${item.kind}-${item.id}`} item={item} timeZone={timeZone} />
              ))}
          </ol>
        </section>
      ))}
      <AvailabilityEditor editionId={agenda.data.editionId} participantId={participantId} />
    </section>
  );
}

export function AgendaEntry({ item, timeZone }: { item: AgendaItem; timeZone: string }) {
  const { t, i18n } = useTranslation('meetings');
  const locale = i18n.language as Locale;
  const time = formatTimeRange(item.startsAt, item.endsAt, locale, timeZone);
  if (item.kind === 'session') {
    return (
      <li className="agenda-item agenda-session" data-testid="agenda-session">
        <time>{time}</time>
        <div>
          <strong>
            <LocalText value={item.title} />
          </strong>{' '}
          <span className="badge">{t(`agenda.role.${item.role}`)}</span>
          {item.place && (
            <p>
              <LocalText value={item.place} />
            </p>
          )}
        </div>
      </li>
    );
  }
  return (
    <li className="agenda-item agenda-meeting" data-testid="agenda-meeting">
      <time>{time}</time>
      <div>
        <strong dir="auto">{item.topic}</strong> <span className="badge">{t(`kind.${item.meetingKind}`)}</span>{' '}
        <DemoBadge isDemo={item.isDemo} />
        <p>
          {t('agenda.with')} {item.counterparts.map((person) => personLabel(person, locale)).join(', ')}
        </p>
        {item.place && (
          <p>
            <LocalText value={item.place} />
          </p>
        )}
        {item.interpreter && <p>{t('agenda.interpreter', { name: item.interpreter })}</p>}
      </div>
    </li>
  );
}
