import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, dataOf } from '../api/client.ts';
import {
  SESSION_KINDS,
  type ConflictProblem,
  type CreateSessionRequest,
  type Panel,
  type Programme,
  type ProgrammeSession,
  type Registration,
} from '../api/types.ts';
import { useAction } from '../api/use-action.ts';
import { ChoiceSelect } from '../app/ChoiceSelect.tsx';
import { LabelledField } from '../app/LabelledField.tsx';
import { NamedSelect } from '../app/NamedSelect.tsx';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { formatDate, languageName } from '../i18n/format.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { LocalText } from '../i18n/LocalText.tsx';
import { PeoplePicker } from './PeoplePicker.tsx';
import { dayInZone, editionDays, editionTimeOf, formatTimeRange, instantFromEditionTime } from './programme-format.ts';

type Props = {
  programme: Programme;
  panels: Panel[];
  participants: Registration[];
  session: ProgrammeSession | null;
  onSaved: () => void;
  onCancel: () => void;
};

/** Adds or edits a session; times are typed in the edition's zone and sent as instants. */
export function SessionForm({ programme, panels, participants, session, onSaved, onCancel }: Props) {
  const { t, i18n } = useTranslation('programme');
  const locale = i18n.language as Locale;
  const { timeZone } = programme;
  const { problem, run } = useAction();
  const days = editionDays(programme.startsOn, programme.endsOn);
  const people = (role: string) =>
    (session?.people ?? []).filter((person) => person.role === role).map((person) => person.participantId);
  const [form, setForm] = useState({
    kind: session?.kind ?? 'specialist_panel',
    panelId: session?.panelId ?? '',
    roomId: session?.roomId ?? '',
    day: session ? dayInZone(session.startsAt, timeZone) : days[0]!,
    from: session ? editionTimeOf(session.startsAt, timeZone) : '09:00',
    to: session ? editionTimeOf(session.endsAt, timeZone) : '10:00',
    title: session?.title[locale] ?? '',
    abstract: session?.abstract[locale] ?? '',
    capacity: session?.capacity?.toString() ?? '',
  });
  const [moderators, setModerators] = useState<string[]>(people('moderator'));
  const [speakers, setSpeakers] = useState<string[]>(people('speaker'));
  const [spoken, setSpoken] = useState<Locale[]>(session?.languagesSpoken ?? []);
  const [interpreted, setInterpreted] = useState<Locale[]>(session?.languagesInterpreted ?? []);
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm({ ...form, [key]: event.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: CreateSessionRequest = {
      kind: form.kind,
      panelId: form.panelId || null,
      roomId: form.roomId || null,
      startsAt: instantFromEditionTime(form.day, form.from, timeZone),
      endsAt: instantFromEditionTime(form.day, form.to, timeZone),
      title: { ...session?.title, [locale]: form.title },
      abstract: { ...session?.abstract, [locale]: form.abstract },
      languagesSpoken: spoken,
      languagesInterpreted: interpreted,
      capacity: form.capacity ? Number(form.capacity) : null,
      moderatorIds: moderators,
      speakerIds: speakers,
    };
    void run(
      async () =>
        void (await dataOf(
          session
            ? api.PATCH('/api/sessions/{id}', { params: { path: { id: session.id } }, body })
            : api.POST('/api/editions/{editionId}/sessions', {
                params: { path: { editionId: programme.editionId } },
                body,
              }),
        )),
    ).then((ok) => ok && onSaved());
  };
  const conflict = (problem?.problem as ConflictProblem | undefined)?.conflict;
  const languageBoxes = (chosen: Locale[], setChosen: (value: Locale[]) => void) =>
    LOCALES.map((code) => (
      <label key={code}>
        <input
          type="checkbox"
          checked={chosen.includes(code)}
          onChange={() =>
            setChosen(chosen.includes(code) ? chosen.filter((other) => other !== code) : [...chosen, code])
          }
        />{' '}
        {languageName(code, locale)}
      </label>
    ));
  return (
    <form onSubmit={submit} data-testid="session-form">
      <h3>{session ? t('admin.editSession') : t('admin.newSession')}</h3>
      <LabelledField label={t('admin.kind')} inline>
        <ChoiceSelect
          value={form.kind}
          choices={SESSION_KINDS}
          labelOf={(kind) => t(`kind.${kind}`)}
          onChange={(kind) => setForm({ ...form, kind })}
        />
      </LabelledField>
      <LabelledField label={t('admin.panel')} inline>
        <NamedSelect
          value={form.panelId}
          things={panels}
          nameOf={(panel) => panel.title}
          onChange={(panelId) => setForm({ ...form, panelId })}
          empty="—"
        />
      </LabelledField>
      <LabelledField label={t('room')} inline>
        <NamedSelect
          value={form.roomId}
          things={programme.rooms}
          nameOf={(room) => room.name}
          onChange={(roomId) => setForm({ ...form, roomId })}
          empty={t('admin.noRoom')}
          data-testid="session-room"
        />
      </LabelledField>
      <LabelledField label={t('admin.day')} inline>
        <ChoiceSelect
          value={form.day}
          choices={days}
          labelOf={(day) => formatDate(day, locale)}
          onChange={(day) => setForm({ ...form, day })}
        />
      </LabelledField>
      <label>
        {t('admin.from', { zone: timeZone })}{' '}
        <input required type="time" value={form.from} onChange={set('from')} data-testid="session-from" />
      </label>
      <label>
        {t('admin.to', { zone: timeZone })}{' '}
        <input required type="time" value={form.to} onChange={set('to')} data-testid="session-to" />
      </label>
      <label>
        {t('admin.sessionTitle', { language: languageName(locale, locale) })}{' '}
        <input required value={form.title} onChange={set('title')} data-testid="session-title" />
      </label>
      <label>
        {t('admin.abstract', { language: languageName(locale, locale) })}{' '}
        <textarea value={form.abstract} onChange={set('abstract')} />
      </label>
      <fieldset>
        <legend>{t('admin.spoken')}</legend>
        {languageBoxes(spoken, setSpoken)}
      </fieldset>
      <fieldset>
        <legend>{t('admin.interpreted')}</legend>
        {languageBoxes(interpreted, setInterpreted)}
      </fieldset>
      <label>
        {t('admin.capacity')}{' '}
        <input
          type="number"
          min={1}
          value={form.capacity}
          onChange={set('capacity')}
          placeholder={t('admin.capacityFromRoom')}
        />
      </label>
      <PeoplePicker
        label={t('admin.moderators')}
        participants={participants}
        chosen={moderators}
        onChange={setModerators}
      />
      <PeoplePicker label={t('admin.speakers')} participants={participants} chosen={speakers} onChange={setSpeakers} />
      <p>
        <button type="submit">{t('save')}</button>{' '}
        {session && (
          <button type="button" onClick={onCancel}>
            {t('admin.cancel')}
          </button>
        )}
      </p>
      {problem && <ProblemMessage problem={problem} />}
      {conflict && (
        <p className="conflict-note" data-testid="conflict">
          {t('admin.conflictWith')}{' '}
          <a href={`#session-${conflict.sessionId}`}>
            <LocalText value={conflict.title} />
          </a>{' '}
          ({formatDate(dayInZone(conflict.startsAt, timeZone), locale)}{' '}
          {formatTimeRange(conflict.startsAt, conflict.endsAt, locale, timeZone)})
        </p>
      )}
    </form>
  );
}
