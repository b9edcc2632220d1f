import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { isSecretariat, useSession } from '../accounts/session-context.tsx';
import type { Locale } from '../i18n/locales.ts';
import { InterestsLink } from '../matchmaking/InterestsLink.tsx';

export function AccountMenu({ locale }: { locale: Locale }) {
  const { t } = useTranslation();
  const { user, signOut } = useSession();
  const navigate = useNavigate();
  if (!user)
    return (
      <Link to={`/${locale}/sign-in`} className="account-menu">
        {t('nav.signIn')}
      </Link>
    );
  return (
    <div className="account-menu">
      <span data-testid="signed-in-as">
        {t('nav.signedInAs', { name: user.displayName, role: t(`roles.${user.role}`) })}
      </span>
      {isSecretariat(user) && <Link to={`/${locale}/admin/summit`}>{t('nav.summitAdmin')}</Link>}
      {user.role === 'delegation_member' && <Link to={`/${locale}/delegation`}>{t('nav.delegation')}</Link>}
      <Link to={`/${locale}/meetings`}>{t('nav.meetings')}</Link>
      {isSecretariat(user) && <Link to={`/${locale}/admin/meetings`}>{t('nav.meetingsAdmin')}</Link>}
      <Link to={`/${locale}/announcements`}>{t('nav.announcements')}</Link>
      <InterestsLink locale={locale} userId={user.id} />
      <Link to={`/${locale}/saved-searches`}>{t('nav.savedSearches')}</Link>
      {isSecretariat(user) && <Link to={`/${locale}/admin/users`}>{t('nav.users')}</Link>}
      {isSecretariat(user) && <Link to={`/${locale}/admin/taxonomy`}>{t('nav.taxonomy')}</Link>}
      {isSecretariat(user) && <Link to={`/${locale}/admin/audit`}>{t('nav.audit')}</Link>}
      <button type="button" onClick={() => void signOut().then(() => navigate(`/${locale}/`))}>
        {t('nav.signOut')}
      </button>
    </div>
  );
}
