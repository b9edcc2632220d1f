import { useTranslation } from 'react-i18next';
import type { SourcedFact } from '../api/types.ts';
import { SourceList } from '../app/SourceList.tsx';
import { formatNumber, languageName } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';

/** The reference files in seed/reference/ write their notes and periods in English. */
const SOURCE_LANGUAGE = 'en';

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
            {fact.asOf && <FactPeriod asOf={fact.asOf} />}
            <br />
            <SourceList sources={[fact.source]} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * A year in the reader's digits; a period the sources wrote in words ("2007-2008 shipping season")
 * stays as written, isolated so a Persian sentence does not reorder it, and named as English.
 */
function FactPeriod({ asOf }: { asOf: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  if (/^\d{4}$/.test(asOf)) {
    return (
      <span className="fact-as-of">
        {' '}
        {t('facts.asOf', { period: formatNumber(Number(asOf), locale, { useGrouping: false }) })}
      </span>
    );
  }
  // The catalog's words around the period ("({{period}})") with the period put in as an element.
  const [before = '', after = ''] = t('facts.asOf', { period: '\u0000' }).split('\u0000');
  return (
    <span className="fact-as-of">
      {' '}
      {before}
      <bdi lang={SOURCE_LANGUAGE} dir="ltr">
        {asOf}
      </bdi>
      {after}
      {locale !== SOURCE_LANGUAGE && (
        <small className="language-note">
          {' '}
          {t('common.inLanguage', { language: languageName(SOURCE_LANGUAGE, locale) })}
        </small>
      )}
    </span>
  );
}
