import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../accounts/session-context.tsx';
import { useApi } from '../api/use-api.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { useReferences } from '../catalogue/use-references.ts';
import { formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { LocalText } from '../i18n/LocalText.tsx';
import { pickText } from '../i18n/pick-text.ts';

/** For the secretariat: which published needs have no real match, per sector and one by one. */
export function CoveragePage() {
  const { t, i18n } = useTranslation('matchmaking');
  const locale = i18n.language as Locale;
  const { user } = useSession();
  const { references } = useReferences();
  const coverage = useApi(user ? '/api/matchmaking/coverage' : null, undefined, `${locale}|${user?.id ?? ''}`);
  if (coverage.problem) return <ProblemMessage problem={coverage.problem} />;
  if (!coverage.data || !references) return <p>{t('translation:common.loading')}</p>;
  const { threshold, bySector, needs } = coverage.data;
  const percent = (value: number) => formatNumber(value, locale, { style: 'percent', maximumFractionDigits: 0 });
  const gaps = needs.filter((entry) => !entry.best || entry.best.score < threshold);
  return (
    <section className="coverage-page">
      <h1>{t('coverage.title')}</h1>
      <p>{t('coverage.intro', { threshold: percent(threshold) })}</p>
      <div className="table-scroll">
        <table className="table">
          <caption>{t('coverage.bySector')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('coverage.sector')}</th>
              <th scope="col">{t('coverage.needs')}</th>
              <th scope="col">{t('coverage.unmatched')}</th>
            </tr>
          </thead>
          <tbody>
            {bySector.map((row) => (
              <tr key={row.sector}>
                <th scope="row">
                  {pickText(references.nodeByCode.get(row.sector)?.labels, locale)?.text ?? row.sector}
                </th>
                <td>{formatNumber(row.needs, locale)}</td>
                <td>{formatNumber(row.unmatched, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t('coverage.gaps', { count: gaps.length, formattedCount: formatNumber(gaps.length, locale) })}</h2>
      <ol className="gap-list">
        {gaps.map(({ need, best }) => (
          <li key={need.id} data-testid="gap">
            <Link to={`/${locale}/catalogue/${need.id}`}>
              <LocalText value={need.title} />
            </Link>{' '}
            — <LocalText value={references.provinceById.get(need.provinceId)?.names} />{' '}
            <small>{best ? t('coverage.best', { percent: percent(best.score) }) : t('coverage.noOffer')}</small>
          </li>
        ))}
      </ol>
    </section>
  );
}
