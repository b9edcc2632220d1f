import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, dataOf } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { useAction } from '../api/use-action.ts';
import type { ProgrammeSession } from '../api/types.ts';
import { EditionSelect } from '../secretariat/EditionSelect.tsx';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { formatDate, timeZoneName } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { LocalText } from '../i18n/LocalText.tsx';
import { dayInZone, formatTimeRange } from './programme-format.ts';
import { RoomsEditor } from './RoomsEditor.tsx';
import { SessionForm } from './SessionForm.tsx';
import './programme.css';

/** The secretariat's timetable editor: rooms, then sessions; the server refuses clashes and names the session in the way. */
export function ProgrammeAdminPage() {
  const { t, i18n } = useTranslation('programme');
  const locale = i18n.language as Locale;
  // Drafts too: the secretariat prepares the next edition's programme before it is published.
  const editions = useApi('/api/editions', { params: { query: { drafts: 'include' } } });
  // `?edition=<id>` opens one edition's programme (the editions page links here).
  const [chosen, setChosen] = useState<string | null>(() => new URLSearchParams(window.location.search).get('edition'));
  const editionId = chosen ?? editions.data?.[0]?.id ?? null;
  // While no edition is known nothing is asked (path null), so the empty id is never sent.
  const inEdition = { editionId: editionId ?? '' };
  const programme = useApi(
    editionId ? '/api/editions/{editionId}/programme' : null,
    { params: { path: inEdition } },
    locale,
  );
  const edition = useApi(
    editionId ? '/api/editions/{id}' : null,
    { params: { path: { id: inEdition.editionId } } },
    locale,
  );
  // Moderators and speakers are chosen among approved participants; the list needs registration.manage.
  const participants = useApi(editionId ? '/api/editions/{editionId}/registrations' : null, {
    params: { path: inEdition, query: { status: 'approved' } },
  });
  const [editing, setEditing] = useState<ProgrammeSession | null>(null);
  const removal = useAction();
  const problem = editions.problem ?? programme.problem ?? edition.problem;
  if (problem) return <ProblemMessage problem={problem} />;
  if (!editions.data || !programme.data || !edition.data) return <p>{t('loading')}</p>;
  const { timeZone } = programme.data;
  const reload = () => {
    setEditing(null);
    programme.reload();
  };
  const remove = (session: ProgrammeSession) =>
    void removal
      .run(async () => void (await dataOf(api.DELETE('/api/sessions/{id}', { params: { path: { id: session.id } } }))))
      .then((ok) => ok && reload());
  return (
    <section className="programme-editor">
      <h1>{t('admin.title')}</h1>
      <EditionSelect editions={editions.data} value={editionId} onChange={setChosen} />
      <p>
        {t('timesIn', {
          zone: timeZoneName(timeZone, locale, new Date(`${programme.data.startsOn}T12:00:00Z`)),
          id: timeZone,
        })}
      </p>
      <RoomsEditor editionId={programme.data.editionId} rooms={programme.data.rooms} onChanged={programme.reload} />
      <h2>{t('admin.sessions')}</h2>
      {removal.problem && <ProblemMessage problem={removal.problem} />}
      <div className="table-scroll">
        <table className="table" data-testid="sessions-table">
          <thead>
            <tr>
              <th>{t('admin.when')}</th>
              <th>{t('admin.what')}</th>
              <th>{t('room')}</th>
              <th>{t('admin.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {programme.data.sessions.map((session) => (
              <tr key={session.id} id={`session-${session.id}`}>
                <td>
                  {formatDate(dayInZone(session.startsAt, timeZone), locale)}{' '}
                  {formatTimeRange(session.startsAt, session.endsAt, locale, timeZone)}
                </td>
                <td>
                  <LocalText value={session.title} /> <span className="badge">{t(`kind.${session.kind}`)}</span>
                  {session.isDemo && <span className="badge demo-badge">{t('demo.badge')}</span>}
                </td>
                <td>{session.roomName ? <LocalText value={session.roomName} /> : '—'}</td>
                <td>
                  <button type="button" onClick={() => setEditing(session)}>
                    {t('admin.edit')}
                  </button>{' '}
                  <button type="button" onClick={() => remove(session)}>
                    {t('admin.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <SessionForm
        key={editing?.id ?? 'new'}
        programme={programme.data}
        panels={edition.data.panels}
        participants={participants.data ?? []}
        session={editing}
        onSaved={reload}
        onCancel={() => setEditing(null)}
      />
    </section>
  );
}
