import { useTranslation } from 'react-i18next';
import type { SourcedFact } from '../api/types.ts';
import { SourceList } from '../app/SourceList.tsx';
import { formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';

/** A figure with its unit, the year it refers to and its source, side by side. */
export function FactList({ facts }: { facts: SourcedFact[] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  if (facts.length === 0) return <p>{t('facts.none')}</p>;
  return (
    <dl className="facts">
      {facts.map((fact) => (
        // One figure is one measure in one unit for one period (a port's capacity comes in tonnes and in TEU).
        <div key={`${fact.key}|${fact.unit ?? ''}|${fact.asOf ?? ''}`} className="fact">
          <dt>{t(`facts.${fact.key}`)}</dt>
          <dd>
            <span className="fact-value">
              {typeof fact.value === 'number' ? formatNumber(fact.value, locale) : <span dir="ltr">{fact.value}</span>}
              {fact.unit && ` ${t(`units.${fact.unit}`)}`}
            </span>
            {fact.asOf && (
              <span className="fact-as-of"> {t('facts.asOf', { period: formatPeriod(fact.asOf, locale) })}</span>
            )}
            <br />
            <SourceList sources={[fact.source]} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Years are shown in the reader's digits; free-text periods from the sources stay as written. */
function formatPeriod(asOf: string, locale: Locale): string {
  return /^\d{4}$/.test(asOf) ? formatNumber(Number(asOf), locale, { useGrouping: false }) : asOf;
}
