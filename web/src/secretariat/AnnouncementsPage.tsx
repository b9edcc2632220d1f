import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, dataOf } from '../api/client.ts';
import type { InboxAnnouncement } from '../api/types.ts';
import { useApi } from '../api/use-api.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { formatDateTime, formatNumber, timeZoneName } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { AnnouncementText } from './AnnouncementText.tsx';
import './secretariat.css';

/** The reader's announcements, newest first; opening an unread one records that it was read. */
export function AnnouncementsPage() {
  const { t, i18n } = useTranslation('secretariat');
  const { t: tShell } = useTranslation();
  const locale = i18n.language as Locale;
  const inbox = useApi('/api/announcements', undefined, locale);
  const editions = useApi('/api/editions');
  const timeZoneOf = useMemo(
    () => new Map((editions.data ?? []).map((edition) => [edition.id, edition.timeZone])),
    [editions.data],
  );
  const open = async (entry: InboxAnnouncement) => {
    if (entry.read) return;
    await dataOf(api.POST('/api/announcements/{id}/read', { params: { path: { id: entry.id } } })).catch(
      () => undefined,
    );
    inbox.reload();
  };
  if (inbox.problem?.problem.status === 401) {
    return (
      <section>
        <h1>{t('inbox.title')}</h1>
        <p>
          <Link to={`/${locale}/sign-in`}>{tShell('nav.signIn')}</Link>
        </p>
      </section>
    );
  }
  if (inbox.problem) return <ProblemMessage problem={inbox.problem} />;
  if (!inbox.data) return <p>{t('loading')}</p>;
  return (
    <section>
      <h1>{t('inbox.title')}</h1>
      <p>{t('inbox.intro')}</p>
      <p data-testid="unread-count">{t('inbox.unread', { formatted: formatNumber(inbox.data.unread, locale) })}</p>
      {inbox.data.announcements.length === 0 ? (
        <p>{t('inbox.none')}</p>
      ) : (
        <ul className="announcement-list">
          {inbox.data.announcements.map((entry) => {
            const timeZone = timeZoneOf.get(entry.editionId);
            return (
              <li key={entry.id}>
                <details
                  className={`card announcement${entry.read ? '' : ' unread'}`}
                  onToggle={(event) => event.currentTarget.open && void open(entry)}
                  data-testid="announcement"
                >
                  <summary>
                    {!entry.read && <span className="new-flag">{t('inbox.new')}</span>}
                    <AnnouncementText value={entry.title} as="strong" />
                    <span className="announcement-meta">
                      {formatDateTime(entry.postedAt, locale, timeZone)}
                      {timeZone && ` (${timeZoneName(timeZone, locale, new Date(entry.postedAt))})`}
                    </span>
                  </summary>
                  <AnnouncementText value={entry.body} as="p" className="announcement-body" />
                </details>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
