import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ORGANISATION_ROLES } from '../../../src/platform/identity/roles.ts';
import { isSecretariat, useSession } from '../accounts/session-context.tsx';
import { useApi } from '../api/use-api.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import type { Locale } from '../i18n/locales.ts';
import { editionDays } from '../programme/programme-format.ts';
import { personLabel } from './meeting-format.ts';
import { NewRequestForm } from './NewRequestForm.tsx';
import { RequestCard } from './RequestCard.tsx';
import { useMeetingParticipants } from './use-meeting-participants.ts';
import './meetings.css';

/**
 * A delegation office's meetings: the requests it sent and received (to answer), a form to ask
 * another delegation or business people for a meeting, and each of its people's agendas. Business
 * people ask for business meetings for themselves. The secretariat sees every request and may ask
 * on behalf of anyone.
 */
export function MeetingsPage() {
  const { t, i18n } = useTranslation('meetings');
  const locale = i18n.language as Locale;
  const { user, ready } = useSession();
  const edition = useApi('/api/editions/current', undefined, locale);
  const editionId = edition.data?.id ?? '';
  const path = { params: { path: { editionId } } };
  const signedIn = Boolean(user && editionId);
  const isDelegate = user?.role === 'delegation_member' && user.provinceId !== null;
  const requests = useApi(
    signedIn ? '/api/editions/{editionId}/meetings/requests' : null,
    path,
    `${locale}|${user?.id}`,
  );
  const delegations = useApi(signedIn ? '/api/editions/{editionId}/delegations' : null, path, locale);
  const own = useApi(isDelegate && editionId ? '/api/editions/{editionId}/delegations/mine' : null, path, locale);
  const mayAskG2g = isDelegate || isSecretariat(user);
  const people = useMeetingParticipants(signedIn ? editionId : null);
  const hasOwnPeople = people.data?.some((person) => person.canActFor) ?? false;
  const isBusiness = user !== null && ORGANISATION_ROLES.includes(user.role);

  if (!ready) return <p>{t('translation:common.loading')}</p>;
  if (!user)
    return (
      <p>
        {t('signIn')} <Link to={`/${locale}/sign-in`}>{t('signInLink')}</Link>
      </p>
    );
  const problem = edition.problem ?? requests.problem ?? delegations.problem ?? own.problem;
  if (problem) return <ProblemMessage problem={problem} />;
  if (!edition.data || !requests.data || !delegations.data || (isDelegate && !own.data))
    return <p>{t('translation:common.loading')}</p>;
  const days = editionDays(edition.data.startsOn, edition.data.endsOn);
  const received = requests.data.requests.filter((request) => request.side !== 'requester');
  const sent = requests.data.requests.filter((request) => request.side === 'requester');
  const canAsk = mayAskG2g || isBusiness || hasOwnPeople;
  return (
    <section className="meetings-page">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {isSecretariat(user) && (
        <p>
          <Link to={`/${locale}/admin/meetings`}>{t('toSchedule')}</Link>
        </p>
      )}
      {own.data && (
        <section className="meeting-agendas">
          <h2>{t('agendas')}</h2>
          <ul>
            {own.data.members
              .filter((member) => member.status === 'approved')
              .map((member) => (
                <li key={member.id}>
                  <Link to={`/${locale}/meetings/agenda/${member.id}`}>{personLabel(member, locale)}</Link>
                </li>
              ))}
          </ul>
        </section>
      )}
      {canAsk && (
        <NewRequestForm
          editionId={editionId}
          editionDays={days}
          delegations={delegations.data}
          own={own.data}
          kinds={mayAskG2g ? ['g2g', 'b2b'] : ['b2b']}
          people={people.data}
          peopleProblem={people.problem}
          forAnyone={isSecretariat(user)}
          onCreated={requests.reload}
        />
      )}
      <h2>{isSecretariat(user) ? t('all') : t('received')}</h2>
      {received.length === 0 && <p>{t('noneReceived')}</p>}
      <ol className="meeting-requests">
        {received.map((request) => (
          <RequestCard key={request.id} request={request} editionDays={days} onChanged={requests.reload} />
        ))}
      </ol>
      {!isSecretariat(user) && (
        <>
          <h2>{t('sent')}</h2>
          {sent.length === 0 && <p>{t('noneSent')}</p>}
          <ol className="meeting-requests">
            {sent.map((request) => (
              <RequestCard key={request.id} request={request} editionDays={days} onChanged={requests.reload} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
