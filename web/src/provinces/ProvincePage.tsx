import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useApi } from '../api/use-api.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { SourceList } from '../app/SourceList.tsx';
import { countryName } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { LocalText } from '../i18n/LocalText.tsx';
import { ProvincePartners } from '../matchmaking/ProvincePartners.tsx';
import { FactList } from './FactList.tsx';
import { ProfileTextEditor, type ProfileField } from './ProfileTextEditor.tsx';
import { ProvincesMap } from './ProvincesMap.tsx';

const PROFILE_FIELDS: ProfileField[] = ['overview', 'economy', 'investmentClimate', 'contacts'];

export function ProvincePage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const province = useApi('/api/provinces/{id}', { params: { path: { id } } }, locale);
  if (province.problem) return <ProblemMessage problem={province.problem} />;
  if (!province.data) return <p>{t('common.loading')}</p>;
  const detail = province.data;
  return (
    <article className="province">
      <p className="panel-kind">
        {countryName(detail.countryCode, locale)} · <span dir="ltr">{detail.iso31662}</span>
      </p>
      <LocalText as="h1" value={detail.names} />
      <p>
        {t('province.capital')} <LocalText value={detail.capital} />
      </p>
      <p>
        <Link to={`/${locale}/catalogue?province=${detail.id}`}>{t('province.catalogueLink')}</Link>
      </p>
      {PROFILE_FIELDS.map((field) => {
        const text = field === 'overview' ? detail.overview : detail.sections[field];
        return (
          <section key={field}>
            <h2>{t(`province.${field}`)}</h2>
            {text && Object.keys(text).length > 0 ? (
              <LocalText as="p" value={text} />
            ) : (
              <p>{t(field === 'overview' ? 'province.noOverview' : 'province.noSection')}</p>
            )}
            <ProfileTextEditor province={detail} field={field} onSaved={province.reload} />
          </section>
        );
      })}
      <section>
        <h2>{t('province.facts')}</h2>
        <FactList facts={detail.facts} />
      </section>
      <section>
        <h2>{t('province.sectors')}</h2>
        <ul className="tags">
          {detail.economicSectors.map((tag) => (
            <li key={tag} className="badge">
              {t(`sectorTags.${tag.replace(':', '_')}`, { defaultValue: tag })}
            </li>
          ))}
        </ul>
        <SourceList sources={[detail.economicSectorsSource]} />
      </section>
      <section>
        <h2>{t('province.ports')}</h2>
        {detail.ports.length === 0 && <p>{t('province.noPorts')}</p>}
        {detail.ports.map((port) => (
          <div key={port.id} className="card" data-testid="port">
            <LocalText as="h3" value={port.names} />
            <FactList facts={port.facts} />
          </div>
        ))}
      </section>
      <section>
        <h2>{t('province.sameCountry', { country: countryName(detail.countryCode, locale) })}</h2>
        {detail.sameCountry.length === 0 && <p>{t('province.onlyOne')}</p>}
        <ul>
          {detail.sameCountry.map((other) => (
            <li key={other.id}>
              <Link to={`/${locale}/provinces/${other.id}`}>
                <LocalText value={other.names} />
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h2>{t('map.title')}</h2>
        <p>{t('map.approximate')}</p>
        <ProvincesMap highlightProvinceId={detail.id} />
      </section>
      <ProvincePartners provinceId={detail.id} />
    </article>
  );
}
