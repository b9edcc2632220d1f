import { formatInTimeZone, fromZonedTime } from 'date-fns-tz';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { requiredLanguages } from '../../../src/domain/summit/publication-rules.ts';
import { type ApiProblem, api, dataOf } from '../api/client.ts';
import type { EditionDetail, ProvinceSummary } from '../api/types.ts';
import { useAction } from '../api/use-action.ts';
import { useApi } from '../api/use-api.ts';
import { DateInput } from '../app/DateInput.tsx';
import { DateTimeInput } from '../app/DateTimeInput.tsx';
import { LabelledField } from '../app/LabelledField.tsx';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { formatDateTime } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { ExpoEditor } from './ExpoEditor.tsx';
import { LanguageFields } from './LanguageFields.tsx';
import { listTimeZones, timeZoneLabel } from './time-zones.ts';

type Props = { editionId: string; provinces: ProvinceSummary[]; onSaved: () => void };

/** Every field of one edition and of its expo, in the six languages, and the step that puts it on the public site. */
/** The edition's words written in each language, in the order the form shows them. */
const TEXT_FIELDS = ['name', 'slogan', 'city', 'venue'] as const;

export function EditionEditor({ editionId, provinces, onSaved }: Props) {
  const { t, i18n } = useTranslation('programme');
  const locale = i18n.language as Locale;
  const edition = useApi('/api/editions/{id}', { params: { path: { id: editionId } } }, locale);
  if (edition.problem) return <ProblemMessage problem={edition.problem} />;
  if (!edition.data) return <p>{t('loading')}</p>;
  const hostCountry = provinces.find((province) => province.id === edition.data!.hostProvinceId)?.countryCode ?? null;
  const reload = () => {
    edition.reload();
    onSaved();
  };
  return (
    <EditionForm
      key={`${edition.data.id}|${edition.data.status}`}
      edition={edition.data}
      required={requiredLanguages(hostCountry)}
      onSaved={reload}
    />
  );
}

function EditionForm({
  edition,
  required,
  onSaved,
}: {
  edition: EditionDetail;
  required: ReturnType<typeof requiredLanguages>;
  onSaved: () => void;
}) {
  const { t, i18n } = useTranslation('programme');
  const locale = i18n.language as Locale;
  const save = useAction();
  const publish = useAction();
  const [saved, setSaved] = useState(false);
  const [form, setForm] = useState({
    name: edition.name,
    slogan: edition.slogan,
    city: edition.city,
    venue: edition.venue,
    startsOn: edition.startsOn,
    endsOn: edition.endsOn,
    timeZone: edition.timeZone,
    deadline: edition.registrationClosesAt
      ? formatInTimeZone(new Date(edition.registrationClosesAt), edition.timeZone, "yyyy-MM-dd'T'HH:mm")
      : '',
  });
  const set =
    <K extends keyof typeof form>(key: K) =>
    (value: (typeof form)[K]) => {
      setSaved(false);
      setForm({ ...form, [key]: value });
    };
  const problem: ApiProblem | null = save.problem ?? publish.problem;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { deadline, ...fields } = form;
    const registrationClosesAt = deadline ? fromZonedTime(deadline, form.timeZone).toISOString() : null;
    void save
      .run(async () => {
        await dataOf(
          api.PATCH('/api/editions/{id}', {
            params: { path: { id: edition.id } },
            body: { ...fields, registrationClosesAt },
          }),
        );
      })
      .then((ok) => {
        setSaved(ok);
        if (ok) onSaved();
      });
  };
  const publishNow = () =>
    void publish
      .run(async () => {
        await dataOf(
          api.POST('/api/editions/{editionId}/publish', { params: { path: { editionId: edition.id } }, body: {} }),
        );
      })
      .then((ok) => ok && onSaved());
  const zoneAt = new Date(`${form.startsOn}T12:00:00Z`);
  return (
    <section className="card edition-editor" data-testid="edition-editor" data-status={edition.status}>
      <h2>
        {t('editions.editTitle')} <code dir="ltr">{edition.id}</code>{' '}
        <span className={`badge status-${edition.status}`}>{t(`editions.status.${edition.status}`)}</span>
      </h2>
      <p className="edition-editor-links">
        <Link to={`/${locale}/?edition=${encodeURIComponent(edition.id)}`} data-testid="edition-preview">
          {edition.status === 'draft' ? t('editions.preview') : t('editions.openPublic')}
        </Link>
        <Link to={`/${locale}/admin/programme?edition=${encodeURIComponent(edition.id)}`}>
          {t('editions.editProgramme')}
        </Link>
      </p>
      <p className="hint">{t('editions.panelsNote')}</p>
      <form className="form edition-form" onSubmit={submit} data-testid="edition-edit-form">
        {TEXT_FIELDS.map((field) => (
          <LanguageFields
            key={field}
            legend={t(`editions.${field}`)}
            value={form[field]}
            onChange={set(field)}
            required={required}
            path={field}
            problem={problem}
          />
        ))}
        <div className="form-row">
          <LabelledField label={t('editions.startsOn')} path="startsOn" problem={problem}>
            <DateInput required name="startsOn" value={form.startsOn} onChange={set('startsOn')} />
          </LabelledField>
          <LabelledField label={t('editions.endsOn')} path="endsOn" problem={problem}>
            <DateInput required name="endsOn" value={form.endsOn} onChange={set('endsOn')} />
          </LabelledField>
        </div>
        <div className="form-row">
          <LabelledField
            label={t('editions.timeZone')}
            hint={t('editions.timeZoneNote')}
            path="timeZone"
            problem={problem}
          >
            <select
              name="timeZone"
              value={form.timeZone}
              onChange={(event) => set('timeZone')(event.target.value)}
              data-testid="time-zone"
            >
              {listTimeZones(edition.timeZone).map((zone) => (
                <option key={zone} value={zone}>
                  {timeZoneLabel(zone, locale, zoneAt)}
                </option>
              ))}
            </select>
          </LabelledField>
          <LabelledField
            label={t('editions.deadlineIn', { zone: timeZoneLabel(form.timeZone, locale, zoneAt) })}
            hint={t('editions.noDeadline')}
            path="registrationClosesAt"
            problem={problem}
          >
            <DateTimeInput name="deadline" value={form.deadline} onChange={set('deadline')} />
          </LabelledField>
        </div>
        <div className="form-actions">
          <button type="submit" data-testid="edition-save">
            {t('save')}
          </button>
          {saved && <span role="status">{t('editions.saved')}</span>}
        </div>
      </form>
      {edition.expos.map((expo, index) => (
        <ExpoEditor
          key={expo.id}
          editionId={edition.id}
          expo={expo}
          index={index}
          required={required}
          publishProblem={publish.problem}
          onSaved={onSaved}
        />
      ))}
      {edition.status === 'draft' ? (
        <div className="publish-step">
          <p>{t('editions.publishExplained')}</p>
          <button type="button" onClick={publishNow} data-testid="edition-publish">
            {t('editions.publish')}
          </button>
        </div>
      ) : (
        <p className="hint" data-testid="edition-published">
          {t('editions.publishedAt', { at: formatDateTime(edition.publishedAt ?? '', locale, edition.timeZone) })}
        </p>
      )}
      {problem && <EditionProblem problem={problem} />}
    </section>
  );
}

/** The refusal, each field named in words (never its path) with the server's message about it. */
function EditionProblem({ problem }: { problem: ApiProblem }) {
  const { t } = useTranslation('programme');
  const { code, title, detail, errors = [] } = problem.problem;
  return (
    <div className="problem" role="alert" data-code={code}>
      <strong>{title}</strong> {detail}
      {errors.length > 0 && (
        <ul>
          {errors.map((error) => (
            <li key={`${error.path}|${error.code}`} data-path={error.path}>
              {fieldLabel(error.path, t)}: {error.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

const FIELD_KEYS: Record<string, string> = {
  name: 'editions.name',
  slogan: 'editions.slogan',
  city: 'editions.city',
  venue: 'editions.venue',
  startsOn: 'editions.startsOn',
  endsOn: 'editions.endsOn',
  timeZone: 'editions.timeZone',
  registrationClosesAt: 'editions.deadline',
  'expos.name': 'editions.expoName',
  'expos.venue': 'editions.expoVenue',
  'expos.startsOn': 'editions.expoStartsOn',
  'expos.endsOn': 'editions.expoEndsOn',
};

/** "expos.0.name.fa" is the expo's name (an edition has one expo); the language is in the message itself. */
function fieldLabel(path: string, t: (key: string) => string): string {
  const [head, , third] = path.split('.');
  const key = head === 'expos' ? `expos.${third}` : head!;
  return FIELD_KEYS[key] ? t(FIELD_KEYS[key]) : t('editions.otherField');
}
