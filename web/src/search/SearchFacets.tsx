import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReadData } from '../api/use-api.ts';
import type { References } from '../catalogue/use-references.ts';
import { countryName, formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { pickText } from '../i18n/pick-text.ts';
import { SEARCH_FACETS, type SearchFacet, type SearchState } from './search-query.ts';

type Facets = ReadData<'/api/search'>['facets'];

type Props = {
  facets: Facets;
  state: SearchState;
  references: References | null;
  onToggle: (facet: SearchFacet, value: string) => void;
};

/** Beside the results, the facets are always open; above them, on a phone, they start folded. */
const BESIDE_THE_RESULTS = '(min-width: 701px)';
const startsOpen = () =>
  typeof window === 'undefined' ||
  typeof window.matchMedia !== 'function' ||
  window.matchMedia(BESIDE_THE_RESULTS).matches;

/** Counts per facet value; choosing one narrows the results to it, choosing it again widens back. */
export function SearchFacets({ facets, state, references, onToggle }: Props) {
  const { t, i18n } = useTranslation('search');
  const locale = i18n.language as Locale;
  const labelOf = useFacetLabel(references, locale);
  const [open, setOpen] = useState(startsOpen);
  const shown = SEARCH_FACETS.filter((facet) => facets[facet].length > 0 || state.facets[facet]);
  return (
    <details
      className="search-facets-fold"
      open={open}
      onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>{t('narrow')}</summary>
      <nav className="search-facets" aria-label={t('narrow')}>
        {shown.map((facet) => (
          <fieldset key={facet} className="search-facet" data-facet={facet}>
            <legend>{t(`facet.${facet}`)}</legend>
            <ul>
              {facetValues(facets, state, facet).map(({ value, count }) => {
                const chosen = state.facets[facet] === value;
                return (
                  <li key={value}>
                    <button
                      type="button"
                      className="link-button"
                      aria-pressed={chosen}
                      title={chosen ? t('clear') : undefined}
                      onClick={() => onToggle(facet, value)}
                    >
                      {labelOf(facet, value)}
                    </button>{' '}
                    <span className="facet-count">{formatNumber(count, locale)}</span>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        ))}
      </nav>
    </details>
  );
}

/** A chosen value stays listed (to be cleared) even when the answer counts none of it. */
function facetValues(facets: Facets, state: SearchState, facet: SearchFacet) {
  const values = [...facets[facet]];
  const chosen = state.facets[facet];
  if (chosen && !values.some((entry) => entry.value === chosen)) values.unshift({ value: chosen, count: 0 });
  return values;
}

function useFacetLabel(references: References | null, locale: Locale) {
  const { t } = useTranslation('search');
  return (facet: SearchFacet, value: string): string => {
    switch (facet) {
      case 'type':
        return t(`type.${value}`, { defaultValue: value });
      case 'kind':
        return t(`catalogue:kind.${value}`, { defaultValue: value });
      case 'country':
        return countryName(value, locale);
      case 'province':
        return pickText(references?.provinceById.get(value)?.names, locale)?.text ?? value;
      case 'sector':
        return pickText(references?.nodeByCode.get(value)?.labels, locale)?.text ?? value;
      case 'hs':
        return t('hsChapter', { chapter: formatNumber(Number(value), locale, { minimumIntegerDigits: 2 }) });
    }
  };
}
