import { useTranslation } from 'react-i18next';
import type { CatalogueItem } from '../api/types.ts';

/** An organisation is known by one name, in whatever script it was registered; its kind is translated. */
export function OrganisationName({ organisation }: { organisation: NonNullable<CatalogueItem['organisation']> }) {
  const { t } = useTranslation('catalogue');
  return (
    <span className="organisation">
      <bdi dir="auto">{organisation.name}</bdi> ({t(`organisationType.${organisation.type}`)})
    </span>
  );
}
