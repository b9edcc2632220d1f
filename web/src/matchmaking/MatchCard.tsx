import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ReadData } from '../api/use-api.ts';
import type { References } from '../catalogue/use-references.ts';
import { formatNumber, languageName } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { LocalText } from '../i18n/LocalText.tsx';
import { pickText } from '../i18n/pick-text.ts';

export type MatchData = ReadData<'/api/items/{id}/matches'>['matches'][number];
type Delivery = NonNullable<MatchData['delivery']>;

/** One match: the other side, its score, why it fits, and what delivery between the two provinces costs. */
export function MatchCard({ match, references }: { match: MatchData; references: References }) {
  const { t, i18n } = useTranslation('matchmaking');
  const locale = i18n.language as Locale;
  const { item } = match;
  return (
    <li className="match-card" data-testid="match-card">
      <div className="match-head">
        <span className={`badge kind-${item.kind}`}>{t(`catalogue:kind.${item.kind}`)}</span>
        <Link to={`/${locale}/catalogue/${item.id}`} className="match-title">
          <LocalText value={item.title} />
        </Link>
        <span className="match-score" title={t('scoreTitle')}>
          {t('score', { percent: formatNumber(match.score, locale, { style: 'percent', maximumFractionDigits: 0 }) })}
        </span>
      </div>
      <p className="match-from">
        <LocalText value={references.provinceById.get(item.provinceId)?.names} />
        {item.organisation && <span lang={item.language}> · {item.organisation}</span>}
        {item.isDemo && <span className="badge demo-badge">{t('catalogue:demo.badge')}</span>}
      </p>
      <ul className="match-why" aria-label={t('why')}>
        {whyLines(match, references, locale, t).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {match.delivery && <DeliveryLine delivery={match.delivery} references={references} />}
    </li>
  );
}

type Translate = ReturnType<typeof useTranslation>['t'];

function whyLines(match: MatchData, references: References, locale: Locale, t: Translate): string[] {
  const { why } = match;
  const label = (code: string) => pickText(references.nodeByCode.get(code)?.labels, locale)?.text ?? code;
  const lines: string[] = [];
  const subcategories = why.sharedTaxonomy.filter((code) => code.includes('.'));
  const sectors = why.sharedTaxonomy.filter((code) => !code.includes('.'));
  if (subcategories.length > 0) lines.push(t('sameSubcategory', { labels: subcategories.map(label).join(', ') }));
  if (sectors.length > 0) lines.push(t('sameSector', { labels: sectors.map(label).join(', ') }));
  if (why.sharedHs.length > 0) lines.push(t('sameHs', { codes: why.sharedHs.join(', ') }));
  if (why.sharedWords.length > 0)
    lines.push(
      t('sharedWords', { count: why.sharedWords.length, formattedCount: formatNumber(why.sharedWords.length, locale) }),
    );
  lines.push(
    why.interpreterNeeded
      ? t('interpreter')
      : t('sharedLanguages', {
          languages: why.sharedLanguages.map((language) => languageName(language, locale)).join(', '),
        }),
  );
  return lines;
}

function DeliveryLine({ delivery, references }: { delivery: Delivery; references: References }) {
  const { t, i18n } = useTranslation('matchmaking');
  const locale = i18n.language as Locale;
  const name = (id: string) => pickText(references.provinceById.get(id)?.names, locale)?.text ?? id;
  const route = { from: name(delivery.fromProvinceId), to: name(delivery.toProvinceId) };
  if (!delivery.routeFound) return <p className="match-delivery">{t('delivery.noRoute', route)}</p>;
  const number = (value: number, digits = 0) => formatNumber(value, locale, { maximumFractionDigits: digits });
  const planner = new URLSearchParams({
    from: delivery.fromProvinceId,
    to: delivery.toProvinceId,
    cargo: delivery.cargo,
  });
  return (
    <p className="match-delivery" data-testid="match-delivery">
      {t('delivery.route', { ...route, cargo: t(`cargo.${delivery.cargo}`) })}{' '}
      <strong>
        {[
          t('delivery.days', { count: delivery.hours / 24, formatted: number(delivery.hours / 24, 1) }),
          t('delivery.cost', {
            cost: formatNumber(delivery.usdPerTonne, locale, {
              style: 'currency',
              currency: 'USD',
              maximumFractionDigits: 0,
            }),
          }),
          t('delivery.borders', { count: delivery.borders, formattedCount: number(delivery.borders) }),
          t('delivery.co2', { kg: number(delivery.co2KgPerTonne) }),
        ].join(' · ')}
      </strong>{' '}
      <Link to={`/${i18n.language}/transit?${planner}`}>{t('delivery.plan')}</Link>
    </p>
  );
}
