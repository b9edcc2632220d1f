import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { useAction } from '../api/use-action.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { PasswordField } from './PasswordField.tsx';
import { useSession } from './session-context.tsx';

export function SignInPage() {
  const { t } = useTranslation();
  const { locale } = useParams();
  const navigate = useNavigate();
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { problem, run } = useAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await run(() => signIn(email, password))) navigate(`/${locale}/`);
  };
  return (
    <section className="narrow">
      <h1>{t('signIn.title')}</h1>
      <form className="card form" onSubmit={submit}>
        <label>
          {t('signIn.email')}
          <input
            type="email"
            name="email"
            autoComplete="username"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            dir="ltr"
            required
          />
        </label>
        <PasswordField
          label={t('signIn.password')}
          name="password"
          value={password}
          onChange={setPassword}
          autoComplete="current-password"
        />
        {problem && <ProblemMessage problem={problem} />}
        <button type="submit">{t('signIn.submit')}</button>
      </form>
      <p>{t('signIn.inviteOnly')}</p>
    </section>
  );
}
