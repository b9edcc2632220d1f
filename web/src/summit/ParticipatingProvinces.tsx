import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { EditionDetail, ProvinceSummary } from '../api/types.ts';
import { countryName } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { LocalText } from '../i18n/LocalText.tsx';

/** Provinces grouped by country, the host country first, in the order the reference data lists them. */
export function ParticipatingProvinces({
  edition,
  provinces,
}: {
  edition: EditionDetail;
  provinces: ProvinceSummary[];
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const byId = new Map(provinces.map((province) => [province.id, province]));
  const participating = edition.provinces
    .map((entry) => ({ ...entry, province: byId.get(entry.provinceId) }))
    .filter((entry) => entry.province);
  const countries = [...new Set(participating.map((entry) => entry.province!.countryCode))];
  return (
    <div className="countries">
      {countries.map((country) => (
        <section key={country} className="country card" data-testid="country">
          <h3>{countryName(country, locale)}</h3>
          <ul>
            {participating
              .filter((entry) => entry.province!.countryCode === country)
              .map((entry) => (
                <li key={entry.provinceId}>
                  <Link to={`/${locale}/provinces/${entry.provinceId}`}>
                    <LocalText value={entry.province!.names} />
                  </Link>
                  {entry.role === 'host' && <span className="badge">{t('home.host')}</span>}
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
