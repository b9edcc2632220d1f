import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { api, dataOf } from '../api/client.ts';
import { useAction } from '../api/use-action.ts';
import { useApi } from '../api/use-api.ts';
import { FieldErrors } from '../app/FieldErrors.tsx';
import { FormProblem } from '../app/FormProblem.tsx';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import type { Locale } from '../i18n/locales.ts';
import { PasswordField } from './PasswordField.tsx';
import { useSession } from './session-context.tsx';

/** The one-time link from the secretariat: the invited person picks a name and a password. */
export function InvitePage() {
  const { t, i18n } = useTranslation();
  const { token = '' } = useParams();
  const locale = i18n.language as Locale;
  const navigate = useNavigate();
  const { adopt } = useSession();
  const invite = useApi('/api/invites/{token}', { params: { path: { token } } }, locale);
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const { problem, run } = useAction();
  if (invite.problem) return <ProblemMessage problem={invite.problem} />;
  if (!invite.data) return <p>{t('common.loading')}</p>;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const accept = async () =>
      adopt(
        await dataOf(
          api.POST('/api/invites/{token}/accept', {
            params: { path: { token } },
            body: { displayName, password, locale },
          }),
        ),
      );
    if (await run(accept)) navigate(`/${locale}/`);
  };
  return (
    <section className="narrow">
      <h1>{t('invite.title')}</h1>
      <p>{t('invite.intro', { email: invite.data.email, role: t(`roles.${invite.data.role}`) })}</p>
      <form className="card form" onSubmit={submit}>
        <label>
          {t('invite.displayName')}
          <input value={displayName} onChange={(event) => setDisplayName(event.target.value)} dir="auto" required />
          <FieldErrors problem={problem} path="displayName" />
        </label>
        <PasswordField
          label={t('invite.password')}
          value={password}
          onChange={setPassword}
          autoComplete="new-password"
        />
        {/* A password refused as too easy to guess is explained right under it. */}
        <FieldErrors problem={problem} path="password" />
        <FormProblem problem={problem} fields={['displayName', 'password']} />
        <button type="submit">{t('invite.submit')}</button>
      </form>
    </section>
  );
}
