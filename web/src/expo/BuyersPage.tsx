import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { isSecretariat, useSession } from '../accounts/session-context.tsx';
import { useApi } from '../api/use-api.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import type { Locale } from '../i18n/locales.ts';
import { BuyerInterestForm } from './BuyerInterestForm.tsx';
import { BuyerInterestList } from './BuyerInterestList.tsx';
import { useExpo } from './use-expo.ts';
import './expo.css';

/** Buyers from the neighbouring countries: what they look for, and who at the expo offers it. */
export function BuyersPage() {
  const { t, i18n } = useTranslation('expo');
  const locale = i18n.language as Locale;
  const { user, ready } = useSession();
  const { context, problem } = useExpo();
  const expoId = user && context ? context.expo.id : null;
  const interests = useApi(
    expoId ? '/api/expos/{expoId}/buyer-interests' : null,
    { params: { path: { expoId: expoId ?? '' } } },
    locale,
  );
  if (problem) return <ProblemMessage problem={problem} />;
  if (!ready || !context) return <p>{t('translation:common.loading')}</p>;
  if (!user) {
    return (
      <section className="expo-page">
        <h1>{t('buyers.title')}</h1>
        <p>
          <Link to={`/${locale}/sign-in`}>{t('buyers.signIn')}</Link>
        </p>
      </section>
    );
  }
  const mayWrite = user.role === 'buyer' || isSecretariat(user);
  return (
    <section className="expo-page">
      <p>
        <Link to={`/${locale}/expo`}>{t('exhibitor.back')}</Link>
      </p>
      <h1>{t('buyers.title')}</h1>
      <p>{t('buyers.intro')}</p>
      {mayWrite && <BuyerInterestForm context={context} onCreated={interests.reload} />}
      <h2>{t('buyers.listTitle')}</h2>
      <a href={`/api/expos/${encodeURIComponent(context.expo.id)}/buyer-interests/export?lang=${locale}`} download>
        {t('buyers.export')}
      </a>
      {interests.problem && <ProblemMessage problem={interests.problem} />}
      {interests.data ? (
        <BuyerInterestList interests={interests.data} context={context} />
      ) : (
        !interests.problem && <p>{t('translation:common.loading')}</p>
      )}
    </section>
  );
}
