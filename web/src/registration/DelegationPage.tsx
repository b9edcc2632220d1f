import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { isSecretariat, useSession } from '../accounts/session-context.tsx';
import { api, dataOf } from '../api/client.ts';
import { DELEGATION_ROLES, type Registration } from '../api/types.ts';
import { useAction } from '../api/use-action.ts';
import { useApi } from '../api/use-api.ts';
import { FormProblem } from '../app/FormProblem.tsx';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { CheckFieldsNote } from './CheckFieldsNote.tsx';
import {
  emptyPersonDraft,
  PERSON_FIELD_PATHS,
  toMemberRequest,
  type DelegationRole,
  type PersonDraft,
} from './person-draft.ts';
import { PersonFields } from './PersonFields.tsx';
import { RegistrationTable } from './RegistrationTable.tsx';
import { RoleField } from './RoleField.tsx';
import { useProvinceNames } from '../provinces/use-province-names.ts';
import './registration.css';

/** A delegation office's page: its people in the current edition, and a form to register more. */
export function DelegationPage() {
  const { t, i18n } = useTranslation('registration');
  const locale = i18n.language as Locale;
  const { user, ready } = useSession();
  const edition = useApi('/api/editions/current', undefined, locale);
  const isDelegate = user?.role === 'delegation_member' && user.provinceId !== null;
  const delegation = useApi(
    isDelegate && edition.data ? '/api/editions/{editionId}/delegations/mine' : null,
    { params: { path: { editionId: edition.data?.id ?? '' } } },
    locale,
  );
  const provinceName = useProvinceNames(locale);
  const { problem, run } = useAction();

  if (!ready) return <p>{t('loading')}</p>;
  if (!user)
    return (
      <p>
        {t('delegation.signIn')} <Link to={`/${locale}/sign-in`}>{t('delegation.signInLink')}</Link>
      </p>
    );
  if (!isDelegate)
    return (
      <p data-testid="not-a-delegate">
        {isSecretariat(user) ? (
          <Link to={`/${locale}/admin/registrations`}>{t('delegation.secretariatLink')}</Link>
        ) : (
          t('delegation.notDelegate')
        )}
      </p>
    );
  if (edition.problem) return <ProblemMessage problem={edition.problem} />;
  if (delegation.problem) return <ProblemMessage problem={delegation.problem} />;
  if (!edition.data || !delegation.data) return <p>{t('loading')}</p>;
  const detail = delegation.data;
  const act = (work: () => Promise<unknown>) =>
    run(async () => void (await work())).then((ok) => ok && delegation.reload());
  const actions = (row: Registration) => (
    <>
      {(row.status === 'pending' || row.status === 'approved') && (
        <button
          type="button"
          className="link-button"
          onClick={() =>
            window.confirm(t('list.cancelConfirm')) &&
            act(() => dataOf(api.POST('/api/registrations/{id}/cancel', { params: { path: { id: row.id } } })))
          }
        >
          {t('list.cancel')}
        </button>
      )}
      {row.visaLetterRequested && (
        <button
          type="button"
          className="link-button"
          onClick={() =>
            window.confirm(t('visa.deleteConfirm')) &&
            act(() => dataOf(api.DELETE('/api/registrations/{id}/visa-letter', { params: { path: { id: row.id } } })))
          }
        >
          {t('visa.delete')}
        </button>
      )}
    </>
  );
  return (
    <section className="page" data-testid="delegation-page">
      <h1>{t('delegation.title', { province: provinceName(detail.provinceId) })}</h1>
      <p>{t('delegation.intro')}</p>
      <p data-testid="delegation-places">
        {t('delegation.places', {
          approved: formatNumber(detail.approvedTotal, locale),
          limit: formatNumber(detail.memberLimit, locale),
          left: formatNumber(detail.placesLeft, locale),
        })}
      </p>
      <p className="export-links">
        <a href={`/api/delegations/${detail.id}/members/export`} download data-testid="members-export">
          {t('export.xlsx')}
        </a>
      </p>
      {problem && <ProblemMessage problem={problem} />}
      <RegistrationTable
        rows={detail.members}
        timeZone={edition.data.timeZone}
        provinceName={provinceName}
        actions={actions}
      />
      <AddMemberForm delegationId={detail.id} onAdded={delegation.reload} />
    </section>
  );
}

const MEMBER_FIELDS = ['role', ...PERSON_FIELD_PATHS];

function AddMemberForm({ delegationId, onAdded }: { delegationId: string; onAdded: () => void }) {
  const { t, i18n } = useTranslation('registration');
  const locale = i18n.language as Locale;
  const [draft, setDraft] = useState<PersonDraft<DelegationRole>>(() => emptyPersonDraft(locale, 'member'));
  const [added, setAdded] = useState<string | null>(null);
  const { problem, run } = useAction();
  const change = (next: Partial<PersonDraft<DelegationRole>>) => setDraft((previous) => ({ ...previous, ...next }));
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAdded(null);
    const ok = await run(
      async () =>
        void (await dataOf(
          api.POST('/api/delegations/{id}/members', {
            params: { path: { id: delegationId } },
            body: toMemberRequest(draft),
          }),
        )),
    );
    if (!ok) return;
    setAdded(draft.nameLatin);
    setDraft(emptyPersonDraft(locale, 'member'));
    onAdded();
  };
  return (
    <form className="form" onSubmit={submit} noValidate data-testid="add-member-form">
      <h2>{t('delegation.add')}</h2>
      <RoleField roles={DELEGATION_ROLES} value={draft.role} onChange={(role) => change({ role })} problem={problem} />
      <PersonFields draft={draft} problem={problem} onChange={change} />
      <CheckFieldsNote problem={problem} fields={MEMBER_FIELDS} />
      <FormProblem problem={problem} fields={MEMBER_FIELDS} />
      {added && (
        <p className="success" role="status">
          {t('delegation.added', { name: added })}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" data-testid="add-member-submit">
          {t('delegation.addSubmit')}
        </button>
      </div>
    </form>
  );
}
