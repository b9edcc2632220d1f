import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { ApiProblem } from '../api/client.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { useSession } from './session-context.tsx';

export function SignInPage() {
  const { t } = useTranslation();
  const { locale } = useParams();
  const navigate = useNavigate();
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      await signIn(email, password);
      navigate(`/${locale}/`);
    } catch (error) {
      if (error instanceof ApiProblem) setProblem(error);
    }
  };
  return (
    <section className="narrow">
      <h1>{t('signIn.title')}</h1>
      <form className="card form" onSubmit={submit}>
        <label>
          {t('signIn.email')}
          <input type="email" name="email" autoComplete="username" value={email} onChange={(event) => setEmail(event.target.value)} dir="ltr" required />
        </label>
        <label>
          {t('signIn.password')}
          <input type="password" name="password" autoComplete="current-password" value={password} onChange={(event) => setPassword(event.target.value)} dir="ltr" required />
        </label>
        {problem && <ProblemMessage problem={problem} />}
        <button type="submit">{t('signIn.submit')}</button>
      </form>
      <p>{t('signIn.inviteOnly')}</p>
    </section>
  );
}
