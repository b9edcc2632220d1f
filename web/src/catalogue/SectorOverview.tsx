import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { LocalText } from '../i18n/LocalText.tsx';
import { pickText } from '../i18n/pick-text.ts';
import { SectorChart } from './SectorChart.tsx';
import type { References } from './use-references.ts';

/** Published items per sector: a bar chart to see, and the same numbers as a table to read. */
export function SectorOverview({ references, generation }: { references: References; generation: number }) {
  const { t, i18n } = useTranslation('catalogue');
  const locale = i18n.language as Locale;
  const counts = useApi('/api/items/sectors', undefined, generation);
  const bars = useMemo(
    () =>
      (counts.data ?? []).map(({ sector, items }) => {
        const node = references.nodeByCode.get(sector);
        return { label: (node && pickText(node.labels, locale)?.text) ?? sector, items };
      }),
    [counts.data, references, locale],
  );
  if (counts.problem) return <ProblemMessage problem={counts.problem} />;
  if (!counts.data) return null;
  return (
    <section className="card sector-overview" aria-labelledby="sector-overview-title">
      <h2 id="sector-overview-title">{t('sectors.title')}</h2>
      {counts.data.length === 0 ? <p>{t('sectors.none')}</p> : <SectorChart bars={bars} />}
      {counts.data.length > 0 && (
        <div className="table-scroll">
          <table className="table sector-table" data-testid="sector-table">
            <caption className="visually-hidden">{t('sectors.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('sectors.sector')}</th>
                <th scope="col" className="number">
                  {t('sectors.items')}
                </th>
              </tr>
            </thead>
            <tbody>
              {counts.data.map(({ sector, items }) => {
                const node = references.nodeByCode.get(sector);
                return (
                  <tr key={sector}>
                    <th scope="row">{node ? <LocalText value={node.labels} /> : <bdi dir="ltr">{sector}</bdi>}</th>
                    <td className="number">{formatNumber(items, locale)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
