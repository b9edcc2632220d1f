import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../accounts/session-context.tsx';
import { api, dataOf } from '../api/client.ts';
import { useAction } from '../api/use-action.ts';
import { type ReadData, useApi } from '../api/use-api.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { useReferences } from '../catalogue/use-references.ts';
import { formatDateTime, languageName } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { LocalText } from '../i18n/LocalText.tsx';
import { pickText } from '../i18n/pick-text.ts';
import { MeetingFromInterest } from '../meetings/MeetingFromInterest.tsx';

type Interest = ReadData<'/api/interests'>['interests'][number];

/** The interests a side received (to accept or decline) and sent (with their answers). */
export function InterestsPage() {
  const { t, i18n } = useTranslation('matchmaking');
  const locale = i18n.language as Locale;
  const { user } = useSession();
  const list = useApi(user ? '/api/interests' : null, undefined, `${locale}|${user?.id ?? ''}`);
  if (!user) return <p>{t('interest.signIn')}</p>;
  if (list.problem) return <ProblemMessage problem={list.problem} />;
  if (!list.data) return <p>{t('translation:common.loading')}</p>;
  const received = list.data.interests.filter((interest) => interest.direction === 'received');
  const sent = list.data.interests.filter((interest) => interest.direction === 'sent');
  return (
    <section className="interests-page">
      <h1>{t('interest.pageTitle')}</h1>
      <h2>{t('interest.received')}</h2>
      {received.length === 0 && <p>{t('interest.noneReceived')}</p>}
      <ol className="interest-list">
        {received.map((interest) => (
          <InterestEntry key={interest.id} interest={interest} onAnswered={list.reload} />
        ))}
      </ol>
      <h2>{t('interest.sentList')}</h2>
      {sent.length === 0 && <p>{t('interest.noneSent')}</p>}
      <ol className="interest-list">
        {sent.map((interest) => (
          <InterestEntry key={interest.id} interest={interest} onAnswered={list.reload} />
        ))}
      </ol>
    </section>
  );
}

function InterestEntry({ interest, onAnswered }: { interest: Interest; onAnswered: () => void }) {
  const { t, i18n } = useTranslation('matchmaking');
  const locale = i18n.language as Locale;
  const { references } = useReferences();
  const [reply, setReply] = useState('');
  const { problem, run } = useAction();
  const item = useApi('/api/items/{id}', { params: { path: { id: interest.itemId } } }, locale);
  const answer = async (status: 'accepted' | 'declined') => {
    const done = await run(async () => {
      await dataOf(
        api.POST('/api/interests/{id}/answer', {
          params: { path: { id: interest.id } },
          body: { status, reply: reply || null },
        }),
      );
    });
    if (done) onAnswered();
  };
  const from =
    interest.fromOrganisation ?? (interest.fromProvinceId && references?.provinceById.get(interest.fromProvinceId));
  return (
    <li className="interest" data-testid="interest" data-status={interest.status}>
      <p>
        <span className={`badge interest-${interest.status}`}>{t(`interest.status.${interest.status}`)}</span>{' '}
        <Link to={`/${locale}/catalogue/${interest.itemId}`}>
          {item.data ? <LocalText value={item.data.title} /> : interest.itemId}
        </Link>{' '}
        <small>{formatDateTime(interest.createdAt, locale)}</small>
      </p>
      <p>
        {t('interest.from')} {typeof from === 'string' ? from : from ? <LocalText value={from.names} /> : '—'}
        {interest.language !== locale && (
          <small className="language-note">
            {' '}
            {t('translation:common.inLanguage', { language: languageName(interest.language, locale) })}
          </small>
        )}
      </p>
      <blockquote lang={interest.language} dir="auto">
        {interest.message}
      </blockquote>
      {interest.reply && (
        <blockquote className="interest-reply" dir="auto">
          {interest.reply}
        </blockquote>
      )}
      {interest.status === 'accepted' && item.data && (
        <MeetingFromInterest interest={interest} topic={pickText(item.data.title, locale)?.text ?? ''} />
      )}
      {interest.direction === 'received' && interest.status === 'sent' && (
        <div className="interest-answer">
          <textarea
            value={reply}
            onChange={(event) => setReply(event.target.value)}
            aria-label={t('interest.reply')}
            placeholder={t('interest.reply')}
            rows={2}
            dir="auto"
          />
          <button type="button" onClick={() => void answer('accepted')}>
            {t('interest.accept')}
          </button>
          <button type="button" onClick={() => void answer('declined')}>
            {t('interest.decline')}
          </button>
          {problem && <ProblemMessage problem={problem} />}
        </div>
      )}
    </li>
  );
}
