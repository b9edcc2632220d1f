import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';

const SECTIONS = [
  ['editions', 'admin/editions'],
  ['programme', 'admin/programme'],
  ['registrations', 'admin/registrations'],
  ['badges', 'admin/badges'],
  ['checkIn', 'check-in'],
  ['expo', 'admin/expo'],
  ['dashboard', 'admin/dashboard'],
  ['announcements', 'admin/announcements'],
  ['transit', 'admin/transit'],
  ['matchmaking', 'admin/matchmaking'],
] as const;

/** The secretariat's starting point for running an edition; each page's API checks the permission itself. */
export function SummitAdminPage() {
  const { t } = useTranslation();
  const { locale } = useParams();
  return (
    <section>
      <h1>{t('summitAdmin.title')}</h1>
      <p>{t('summitAdmin.intro')}</p>
      <ul className="admin-sections">
        {SECTIONS.map(([key, path]) => (
          <li key={key}>
            <Link to={`/${locale}/${path}`}>{t(`summitAdmin.${key}`)}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
