import { useTranslation } from 'react-i18next';
import type { ProvinceSummary } from '../api/types.ts';
import { countryName } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { pickText } from '../i18n/pick-text.ts';

export type CountryAndProvince = { country: string; province: string };

type Props = {
  provinces: readonly ProvinceSummary[];
  value: CountryAndProvince;
  onChange: (value: CountryAndProvince) => void;
  labels: { country: string; province: string };
  /** The empty choice's words ("Any", "None"); without it a country must be chosen. */
  anyCountry?: string;
  anyProvince: string;
  /** Countries to offer besides those of the provinces (a buyer from a country with no province here). */
  extraCountries?: readonly string[];
  names?: { country?: string; province?: string };
};

/**
 * A country, then one of its provinces: the province list narrows to the country chosen, and
 * choosing another country clears the province. Names are in the reader's language, sorted their way.
 */
export function ProvincePicker({
  provinces,
  value,
  onChange,
  labels,
  anyCountry,
  anyProvince,
  extraCountries = [],
  names = {},
}: Props) {
  const { i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const byName = (a: string, b: string) => a.localeCompare(b, locale);
  const countries = [...new Set([...extraCountries, ...provinces.map((province) => province.countryCode)])].sort(
    (a, b) => byName(countryName(a, locale), countryName(b, locale)),
  );
  const provinceName = (province: ProvinceSummary) => pickText(province.names, locale)?.text ?? province.id;
  const choices = provinces
    .filter((province) => !value.country || province.countryCode === value.country)
    .sort((a, b) => byName(provinceName(a), provinceName(b)));
  return (
    <>
      <label>
        {labels.country}
        <select
          name={names.country ?? 'country'}
          value={value.country}
          onChange={(event) => onChange({ country: event.target.value, province: '' })}
        >
          {anyCountry !== undefined && <option value="">{anyCountry}</option>}
          {countries.map((code) => (
            <option key={code} value={code}>
              {countryName(code, locale)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {labels.province}
        <select
          name={names.province ?? 'province'}
          value={value.province}
          onChange={(event) => onChange({ ...value, province: event.target.value })}
        >
          <option value="">{anyProvince}</option>
          {choices.map((province) => (
            <option key={province.id} value={province.id}>
              {provinceName(province)}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
