import { useTranslation } from 'react-i18next';
import { formatDate, languageName } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { withReferenceWords } from './reference-words.ts';

const isLink = (source: string) => /^https?:\/\//.test(source);
/** The reference files cite their sources in English. */
const CITATION_LANGUAGE = 'en';
/** A citation with a remark in words, beyond a bare address: its language is worth naming. */
const hasWords = (source: string) => /\p{L}{3,}/u.test(source.replace(/https?:\/\/\S+/g, ''));

/**
 * Every seeded figure shows where it comes from; a URL inside a citation becomes a link. What the
 * secretariat writes itself (a new edition, its panels) has no source to cite: `hideWhenNone`.
 */
export function SourceList({
  sources,
  hideWhenNone = false,
}: {
  sources: (string | null | undefined)[];
  hideWhenNone?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  // One reference string may cite several places, separated by " ; ".
  // Two figures often cite the same place: each reference is listed once.
  const known = [
    ...new Set(
      sources.filter((source): source is string => Boolean(source)).flatMap((source) => source.split(/\s;\s/)),
    ),
  ];
  if (known.length === 0) {
    return hideWhenNone ? null : <small className="source missing-source">{t('sources.none')}</small>;
  }
  return (
    <small className="source">
      {t('sources.label')}{' '}
      {/* Citations are Latin-script references: one left-to-right run keeps their order in Persian pages. */}
      <bdi dir="ltr" lang={CITATION_LANGUAGE}>
        {known.map((source, index) => (
          <span key={source} className="source-item">
            {index > 0 && '; '}
            <Citation source={source} locale={locale} />
          </span>
        ))}
      </bdi>
      {locale !== CITATION_LANGUAGE && known.some(hasWords) && (
        <span className="language-note">
          {' '}
          {t('common.inLanguage', { language: languageName(CITATION_LANGUAGE, locale) })}
        </span>
      )}
    </small>
  );
}

function Citation({ source, locale }: { source: string; locale: Locale }) {
  const [first, ...rest] = source.split(' ');
  if (first && isLink(first)) {
    return (
      <>
        <a href={first} rel="noreferrer noopener" target="_blank">
          {new URL(first).hostname}
        </a>
        {rest.length > 0 && ' '}
        <CitationWords text={rest.join(' ')} locale={locale} />
      </>
    );
  }
  return <CitationWords text={source} locale={locale} />;
}

const ISO_DAY = /\b(\d{4}-\d{2}-\d{2})\b/;

/** A citation's words, its ISO days in the reader's calendar and digits, each isolated in its own direction. */
function CitationWords({ text, locale }: { text: string; locale: Locale }) {
  const parts = withReferenceWords(text).split(ISO_DAY);
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string
          <bdi key={index} dir="auto" lang={locale}>
            {formatDate(part, locale)}
          </bdi>
        ) : (
          part
        ),
      )}
    </>
  );
}
