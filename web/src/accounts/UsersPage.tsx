import { useTranslation } from 'react-i18next';
import { api, dataOf } from '../api/client.ts';
import { useAction } from '../api/use-action.ts';
import { useApi } from '../api/use-api.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { formatDateTime } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { LocalText } from '../i18n/LocalText.tsx';
import { InviteForm } from './InviteForm.tsx';

export function UsersPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const users = useApi('/api/users', undefined, locale);
  const invites = useApi('/api/invites', undefined, locale);
  const provinces = useApi('/api/provinces');
  const { problem, run } = useAction();
  const withdraw = (id: string) =>
    run(async () => {
      await dataOf(api.DELETE('/api/invites/{id}', { params: { path: { id } } }));
    }).then(invites.reload);
  if (users.problem) return <ProblemMessage problem={users.problem} />;
  const provinceNames = new Map((provinces.data ?? []).map((province) => [province.id, province.names]));
  return (
    <section>
      <h1>{t('users.title')}</h1>
      <InviteForm provinces={provinces.data ?? []} onCreated={invites.reload} />
      <h2>{t('users.people')}</h2>
      <div className="table-scroll">
        <table className="table">
          <thead>
            <tr>
              <th>{t('users.name')}</th>
              <th>{t('users.email')}</th>
              <th>{t('users.role')}</th>
              <th>{t('users.province')}</th>
              <th>{t('users.organisation')}</th>
            </tr>
          </thead>
          <tbody>
            {(users.data ?? []).map((user) => (
              <tr key={user.id}>
                <td dir="auto">{user.displayName}</td>
                <td dir="ltr">{user.email}</td>
                <td>
                  {t(`roles.${user.role}`)}
                  {user.disabled && ` (${t('users.disabled')})`}
                </td>
                <td>{user.provinceId && <LocalText value={provinceNames.get(user.provinceId)} />}</td>
                <td dir="auto">{user.organisation}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t('users.invites')}</h2>
      {problem && <ProblemMessage problem={problem} />}
      <div className="table-scroll">
        <table className="table">
          <thead>
            <tr>
              <th>{t('users.email')}</th>
              <th>{t('users.role')}</th>
              <th>{t('users.expires')}</th>
              <th>{t('users.status')}</th>
            </tr>
          </thead>
          <tbody>
            {(invites.data ?? []).map((invite) => (
              <tr key={invite.id}>
                <td dir="ltr">{invite.email}</td>
                <td>{t(`roles.${invite.role}`)}</td>
                <td>{formatDateTime(invite.expiresAt, locale)}</td>
                <td>
                  {t(`users.${invite.status}`)}
                  {invite.status === 'pending' && (
                    <button type="button" className="link-button" onClick={() => void withdraw(invite.id)}>
                      {t('users.withdraw')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
