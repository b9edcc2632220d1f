import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { EditionDetail } from '../api/types.ts';
import { formatDate, formatDateRange, formatDateTime } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { pickText } from '../i18n/pick-text.ts';
import { editionPhase, isRegistrationOpen } from './edition-phase.ts';
import './edition-notice.css';

type Props = {
  /** The edition on the page. */
  shown: EditionDetail;
  /** The public's current edition (the latest published); null while unknown or when there is none. */
  current: Pick<EditionDetail, 'id' | 'name' | 'startsOn' | 'endsOn'> | null;
  now: Date;
};

/**
 * What the reader most needs to know about the edition on the page: a draft being previewed, an
 * archive with the current edition linked, an edition that is over with nothing announced after it,
 * or the dates and registration of one still to come.
 */
export function EditionNotice({ shown, current, now }: Props) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  // Isolated: a name in another script keeps its own direction inside the sentence.
  const isolate = (text: string) => `\u2068${text}\u2069`;
  const name = isolate(pickText(shown.name, locale)?.text ?? shown.id);
  if (shown.status === 'draft') {
    return (
      <p className="edition-notice draft" role="note" data-testid="edition-notice" data-kind="draft">
        {t('home.notice.draft')}
      </p>
    );
  }
  if (current && current.id !== shown.id) {
    return (
      <p className="edition-notice" role="note" data-testid="edition-notice" data-kind="archive">
        {t('home.notice.archive', { name })}{' '}
        <Link to={`/${locale}/`}>
          {t('home.notice.currentLink', {
            name: isolate(pickText(current.name, locale)?.text ?? current.id),
            dates: formatDateRange(current.startsOn, current.endsOn, locale),
          })}
        </Link>
      </p>
    );
  }
  const phase = editionPhase(shown, now);
  if (phase === 'over') {
    return (
      <p className="edition-notice" role="note" data-testid="edition-notice" data-kind="over">
        <strong>{t('home.notice.over', { name, date: formatDate(shown.endsOn, locale) })}</strong>{' '}
        {t('home.notice.nothingNext')}
      </p>
    );
  }
  const registration = isRegistrationOpen(shown, now);
  return (
    <p className="edition-notice" role="note" data-testid="edition-notice" data-kind={phase}>
      <strong>
        {phase === 'running'
          ? t('home.notice.running')
          : t('home.notice.upcoming', { dates: formatDateRange(shown.startsOn, shown.endsOn, locale) })}
      </strong>{' '}
      {registration ? (
        <>
          {shown.registrationClosesAt
            ? t('home.notice.registrationUntil', {
                at: formatDateTime(shown.registrationClosesAt, locale, shown.timeZone),
              })
            : t('home.notice.registrationOpen')}{' '}
          <Link to={`/${locale}/register`}>{t('home.notice.register')}</Link>
        </>
      ) : (
        <Link to={`/${locale}/programme`}>{t('home.notice.programme')}</Link>
      )}
    </p>
  );
}
