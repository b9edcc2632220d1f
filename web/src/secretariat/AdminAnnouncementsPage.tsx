import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostedAnnouncement } from '../api/types.ts';
import { useApi } from '../api/use-api.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { formatDateTime, formatNumber, timeZoneName } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { LocalText } from '../i18n/LocalText.tsx';
import { pickText } from '../i18n/pick-text.ts';
import { AnnouncementForm } from './AnnouncementForm.tsx';
import { AnnouncementReceiptsView } from './AnnouncementReceiptsView.tsx';
import type { SessionChoice } from './AudienceFields.tsx';
import { EditionSelect } from './EditionSelect.tsx';
import { useEditionChoice } from './use-edition-choice.ts';
import './secretariat.css';

/** The secretariat posts announcements for an edition and follows who has read them. */
export function AdminAnnouncementsPage() {
  const { t, i18n } = useTranslation('secretariat');
  const { t: tShell } = useTranslation();
  const locale = i18n.language as Locale;
  const { editions, editionId, choose } = useEditionChoice({ drafts: 'include' });
  const [generation, setGeneration] = useState(0);
  const [openReceipts, setOpenReceipts] = useState<string | null>(null);
  // While no edition is chosen nothing is asked (path null), so the empty id is never sent.
  const inEdition = { params: { path: { editionId: editionId ?? '' } } };
  const posted = useApi(
    editionId ? '/api/editions/{editionId}/announcements' : null,
    inEdition,
    `${locale}/${generation}`,
  );
  const provinces = useApi('/api/provinces');
  // The dashboard already lists every session of the edition with its title, for the same secretariat readers.
  const dashboard = useApi(editionId ? '/api/editions/{editionId}/dashboard' : null, inEdition);
  const timeZone =
    dashboard.data?.timeZone ?? editions.data?.find((edition) => edition.id === editionId)?.timeZone ?? 'UTC';
  const sessions = useMemo<SessionChoice[]>(
    () =>
      (dashboard.data?.sessionAttendance ?? []).map((session) => ({
        sessionId: session.sessionId,
        label: `${formatDateTime(session.startsAt, locale, timeZone)} · ${pickText(session.title, locale)?.text ?? ''}`,
      })),
    [dashboard.data, locale, timeZone],
  );
  const provinceName = (id: string) =>
    pickText(provinces.data?.find((province) => province.id === id)?.names, locale)?.text ?? id;
  const sessionName = (id: string) => sessions.find((session) => session.sessionId === id)?.label ?? id;
  const audienceLabel = (audience: PostedAnnouncement['audience']) => {
    if (audience.kind === 'role') return t('admin.toRole', { role: tShell(`roles.${audience.role}`) });
    if (audience.kind === 'delegation') return t('admin.toDelegation', { province: provinceName(audience.provinceId) });
    if (audience.kind === 'session') return t('admin.toSession', { session: sessionName(audience.sessionId) });
    return t('admin.toEveryone');
  };
  if (editions.problem) return <ProblemMessage problem={editions.problem} />;
  return (
    <section>
      <h1>{t('admin.title')}</h1>
      <p>{t('admin.intro')}</p>
      {editions.data && <EditionSelect editions={editions.data} value={editionId} onChange={choose} />}
      {editionId && provinces.data && (
        <AnnouncementForm
          key={editionId}
          editionId={editionId}
          provinces={provinces.data}
          sessions={sessions}
          onPosted={() => setGeneration((value) => value + 1)}
        />
      )}
      <h2>{t('admin.list')}</h2>
      <p className="hint">{t('admin.timesIn', { timeZone: timeZoneName(timeZone, locale, new Date()) })}</p>
      {posted.problem && <ProblemMessage problem={posted.problem} />}
      {posted.data?.length === 0 && <p>{t('admin.none')}</p>}
      <ul className="announcement-list" data-testid="posted-announcements">
        {(posted.data ?? []).map((announcement) => (
          <li key={announcement.id} className="card announcement">
            <LocalText value={announcement.title} as="strong" />
            <p className="announcement-meta">
              {formatDateTime(announcement.postedAt, locale, timeZone)} · {audienceLabel(announcement.audience)}
            </p>
            <p>
              {t('admin.reach', {
                read: formatNumber(announcement.readCount, locale),
                recipients: formatNumber(announcement.recipients, locale),
              })}
              <button
                type="button"
                className="link-button"
                aria-expanded={openReceipts === announcement.id}
                onClick={() => setOpenReceipts(openReceipts === announcement.id ? null : announcement.id)}
              >
                {openReceipts === announcement.id ? t('admin.hideReceipts') : t('admin.showReceipts')}
              </button>
            </p>
            {openReceipts === announcement.id && (
              <AnnouncementReceiptsView announcementId={announcement.id} timeZone={timeZone} />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
