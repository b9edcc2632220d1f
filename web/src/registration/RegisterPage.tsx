import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, dataOf } from '../api/client.ts';
import { PUBLIC_ROLES, type EditionDetail, type ParticipantRole, type PublicRegistration } from '../api/types.ts';
import { useAction } from '../api/use-action.ts';
import { useApi } from '../api/use-api.ts';
import { FormProblem } from '../app/FormProblem.tsx';
import { LabelledField } from '../app/LabelledField.tsx';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { formatDateTime, formatNumber, timeZoneName } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { pickText } from '../i18n/pick-text.ts';
import { CheckFieldsNote } from './CheckFieldsNote.tsx';
import {
  emptyPersonDraft,
  PERSON_FIELD_PATHS,
  toRegistrationRequest,
  type PersonDraft,
  type PublicRole,
} from './person-draft.ts';
import { PersonFields } from './PersonFields.tsx';
import { RoleField } from './RoleField.tsx';
import { useProvinceNames } from '../provinces/use-province-names.ts';
import './registration.css';

const NEEDS_PROVINCE: ParticipantRole[] = ['head', 'member', 'interpreter'];
const REGISTRATION_FIELDS = ['role', 'provinceId', ...PERSON_FIELD_PATHS];

/**
 * Says so before anyone fills in the form. The server decides to the minute in the edition's time
 * zone; comparing the last day in UTC here may be a few hours off, which only affects this notice.
 */
function isClosed(edition: EditionDetail, now = new Date()): boolean {
  if (edition.registrationClosesAt && new Date(edition.registrationClosesAt) <= now) return true;
  return edition.endsOn < now.toISOString().slice(0, 10);
}

/** The public registration form of the current edition; the secretariat approves each registration. */
export function RegisterPage() {
  const { t, i18n } = useTranslation('registration');
  const locale = i18n.language as Locale;
  const edition = useApi('/api/editions/current', undefined, locale);
  const delegations = useApi(edition.data ? '/api/editions/{editionId}/delegations' : null, {
    params: { path: { editionId: edition.data?.id ?? '' } },
  });
  const provinceName = useProvinceNames(locale);
  const [draft, setDraft] = useState<PersonDraft<PublicRole>>(() => emptyPersonDraft(locale, 'member'));
  const [done, setDone] = useState<PublicRegistration | null>(null);
  const [sending, setSending] = useState(false);
  const { problem, run } = useAction();

  if (edition.problem) return <ProblemMessage problem={edition.problem} />;
  if (!edition.data) return <p>{t('loading')}</p>;
  const current = edition.data;
  const change = (next: Partial<PersonDraft<PublicRole>>) => setDraft((previous) => ({ ...previous, ...next }));
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSending(true);
    await run(async () =>
      setDone(
        await dataOf(
          api.POST('/api/editions/{editionId}/registrations', {
            params: { path: { editionId: current.id } },
            body: toRegistrationRequest(draft),
          }),
        ),
      ),
    ).finally(() => setSending(false));
  };

  if (done) {
    return (
      <section className="page narrow">
        <h1>{t('register.title')}</h1>
        <p className="success" role="status" data-testid="registration-success">
          {/* A delegation member's place is kept only once approved (a public registration holds none before). */}
          {t(done.delegationId ? 'register.successDelegation' : 'register.success', { name: done.nameLatin })}
        </p>
        <button
          type="button"
          onClick={() => {
            setDone(null);
            setDraft(emptyPersonDraft(locale, 'member'));
          }}
        >
          {t('register.another')}
        </button>
      </section>
    );
  }

  const editionName = pickText(current.name, locale)?.text ?? current.id;
  const closesAt = current.registrationClosesAt;
  if (isClosed(current)) {
    return (
      <section className="page narrow">
        <h1>{t('register.title')}</h1>
        <p className="problem" data-testid="registration-closed">
          {t('register.closed', { edition: editionName })}
        </p>
      </section>
    );
  }
  return (
    <section className="page narrow">
      <h1>{t('register.title')}</h1>
      <p>{t('register.intro', { edition: editionName })}</p>
      {closesAt && (
        <p className="hint" data-testid="registration-deadline">
          {t('register.closes', {
            when: formatDateTime(closesAt, locale, current.timeZone),
            zone: timeZoneName(current.timeZone, locale, new Date(closesAt)),
          })}
        </p>
      )}
      <form className="form registration-form" onSubmit={submit} noValidate data-testid="registration-form">
        <fieldset className="form-group">
          <legend>{t('form.role')}</legend>
          <div className="form-row">
            <RoleField
              roles={PUBLIC_ROLES}
              value={draft.role}
              onChange={(role) => change({ role })}
              problem={problem}
            />
            <LabelledField
              label={t('field.province')}
              hint={t('field.provinceHint')}
              path="provinceId"
              problem={problem}
            >
              <select
                name="provinceId"
                value={draft.provinceId}
                required={NEEDS_PROVINCE.includes(draft.role)}
                onChange={(event) => change({ provinceId: event.target.value })}
              >
                <option value="">
                  {NEEDS_PROVINCE.includes(draft.role) ? t('form.choose') : t('field.provinceNone')}
                </option>
                {(delegations.data ?? []).map((delegation) => (
                  <option key={delegation.id} value={delegation.provinceId}>
                    {provinceName(delegation.provinceId)} —{' '}
                    {t('placesLeft', {
                      count: delegation.placesLeft,
                      places: formatNumber(delegation.placesLeft, locale),
                    })}
                  </option>
                ))}
              </select>
            </LabelledField>
          </div>
        </fieldset>
        <PersonFields draft={draft} problem={problem} onChange={change} />
        <CheckFieldsNote problem={problem} fields={REGISTRATION_FIELDS} />
        <FormProblem problem={problem} fields={REGISTRATION_FIELDS} />
        <div className="form-actions">
          <button type="submit" disabled={sending} data-testid="register-submit">
            {sending ? t('register.sending') : t('register.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
