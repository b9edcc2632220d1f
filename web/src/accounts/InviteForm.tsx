import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, dataOf } from '../api/client.ts';
import { useAction } from '../api/use-action.ts';
import { ROLES, type CreatedInvite, type ProvinceSummary, type Role } from '../api/types.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import type { Locale } from '../i18n/locales.ts';
import { pickText } from '../i18n/pick-text.ts';

/** The link is shown once, here: only its hash is stored, so it cannot be shown again later. */
export function InviteForm({ provinces, onCreated }: { provinces: ProvinceSummary[]; onCreated: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('delegation_member');
  const [provinceId, setProvinceId] = useState('');
  const [organisation, setOrganisation] = useState('');
  const { problem, run } = useAction();
  const [created, setCreated] = useState<CreatedInvite | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    const body = { email, role, provinceId: provinceId || null, organisation: organisation || null };
    if (await run(async () => setCreated(await dataOf(api.POST('/api/invites', { body }))))) onCreated();
  };
  return (
    <form className="card form" onSubmit={submit} data-testid="invite-form">
      <h2>{t('invite.create')}</h2>
      <label>
        {t('users.email')}
        <input type="email" value={email} onChange={(event) => setEmail(event.target.value)} dir="ltr" required />
      </label>
      <label>
        {t('users.role')}
        <select value={role} onChange={(event) => setRole(event.target.value as Role)}>
          {ROLES.map((option) => (
            <option key={option} value={option}>
              {t(`roles.${option}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('users.province')}
        <select value={provinceId} onChange={(event) => setProvinceId(event.target.value)}>
          <option value="">{t('common.none')}</option>
          {provinces.map((province) => (
            <option key={province.id} value={province.id}>
              {pickText(province.names, locale)?.text}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('users.organisation')}
        <input value={organisation} onChange={(event) => setOrganisation(event.target.value)} dir="auto" />
      </label>
      {problem && <ProblemMessage problem={problem} />}
      {created && (
        <p role="status" className="invite-link">
          {created.mailed ? t('invite.mailed') : t('invite.shareLink')}{' '}
          <code dir="ltr" data-testid="invite-link">
            {created.link}
          </code>
        </p>
      )}
      <button type="submit">{t('invite.send')}</button>
    </form>
  );
}
