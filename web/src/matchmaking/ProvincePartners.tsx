import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { useReferences } from '../catalogue/use-references.ts';
import { formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { LocalText } from '../i18n/LocalText.tsx';
import { MatchCard } from './MatchCard.tsx';

/** "Recommended partners" of a province, for its delegation: the provinces whose items fit its own best. */
export function ProvincePartners({ provinceId }: { provinceId: string }) {
  const { t, i18n } = useTranslation('matchmaking');
  const locale = i18n.language as Locale;
  const { references } = useReferences();
  const partners = useApi('/api/provinces/{id}/partners', { params: { path: { id: provinceId } } }, locale);
  return (
    <section className="province-partners" aria-labelledby="partners-title">
      <h2 id="partners-title">{t('partners.title')}</h2>
      <p className="hint">{t('partners.intro')}</p>
      {partners.problem && <ProblemMessage problem={partners.problem} />}
      {partners.data?.partners.length === 0 && <p>{t('partners.none')}</p>}
      {partners.data && references && (
        <ol className="partner-list">
          {partners.data.partners.map((partner) => (
            <li key={partner.provinceId} className="partner" data-testid="partner">
              <h3>
                <LocalText value={references.provinceById.get(partner.provinceId)?.names} />{' '}
                <small>
                  {t('partners.matches', {
                    count: partner.matchCount,
                    formattedCount: formatNumber(partner.matchCount, locale),
                  })}
                </small>
              </h3>
              <ol className="match-list">
                {partner.pairs.map((pair) => (
                  <li key={`${pair.own.id}:${pair.item.id}`} className="partner-pair">
                    <p className="partner-own">
                      {t('partners.for')} <LocalText value={pair.own.title} />
                    </p>
                    <ol className="match-list">
                      <MatchCard match={pair} references={references} />
                    </ol>
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
