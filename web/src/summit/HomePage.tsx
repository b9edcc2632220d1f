import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useApi } from '../api/use-api.ts';
import { useScrollToHash } from '../app/use-scroll-to-hash.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { SourceList } from '../app/SourceList.tsx';
import { formatDateRange, formatNumber, timeZoneName } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { LocalText } from '../i18n/LocalText.tsx';
import { ProvincesMap } from '../provinces/ProvincesMap.tsx';
import { EditionNotice } from './EditionNotice.tsx';
import { ExpoSection } from './ExpoSection.tsx';
import { PanelList } from './PanelList.tsx';
import { ParticipatingProvinces } from './ParticipatingProvinces.tsx';
import { SpeakerList } from './SpeakerList.tsx';

export function HomePage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  // `?edition=<id>` shows an earlier edition (a search hit for one of its speakers links here).
  const requested = useSearchParams()[0].get('edition');
  // Always read: an archive or a preview names the current edition beside it.
  const currentEdition = useApi('/api/editions/current', undefined, locale);
  const requestedEdition = useApi(
    requested ? '/api/editions/{id}' : null,
    { params: { path: { id: requested ?? '' } } },
    locale,
  );
  const edition = requested ? requestedEdition : currentEdition;
  const provinces = useApi('/api/provinces');
  useScrollToHash(Boolean(edition.data && provinces.data));
  if (edition.problem) return <ProblemMessage problem={edition.problem} />;
  if (!edition.data || !provinces.data || (!currentEdition.data && !currentEdition.problem)) {
    return <p>{t('common.loading')}</p>;
  }
  const current = edition.data;
  return (
    <article className="home">
      <EditionNotice shown={current} current={currentEdition.data} now={new Date()} />
      <section className="hero">
        <p className="edition-ordinal">{t('home.ordinal', { ordinal: formatNumber(current.ordinal, locale) })}</p>
        <LocalText as="h1" value={current.name} />
        <LocalText as="p" value={current.slogan} />
        <p className="edition-when" data-testid="edition-dates">
          {formatDateRange(current.startsOn, current.endsOn, locale)} ·{' '}
          {t('home.timeZone', {
            zone: timeZoneName(current.timeZone, locale, new Date(`${current.startsOn}T12:00:00Z`)),
          })}
        </p>
        <p className="edition-where">
          <LocalText value={current.venue} />
          {t('common.listSeparator')}
          <LocalText value={current.city} />
        </p>
        <SourceList sources={current.sources} hideWhenNone />
      </section>
      <section>
        <h2>{t('home.panels')}</h2>
        <PanelList panels={current.panels} />
      </section>
      <section>
        <h2>{t('home.speakers')}</h2>
        <SpeakerList speakers={current.speakers} />
      </section>
      <section>
        <h2>
          {t('home.provinces', {
            count: current.provinces.length,
            formattedCount: formatNumber(current.provinces.length, locale),
          })}
        </h2>
        <ParticipatingProvinces edition={current} provinces={provinces.data} />
        <ProvincesMap hostProvinceId={current.hostProvinceId} />
      </section>
      {current.expos.map((expo) => (
        <ExpoSection key={expo.id} expo={expo} />
      ))}
    </article>
  );
}
