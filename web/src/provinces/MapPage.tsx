import { useTranslation } from 'react-i18next';
import { ProvincesMap } from './ProvincesMap.tsx';

export function MapPage() {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t('map.title')}</h1>
      <p>{t('map.approximate')}</p>
      <ProvincesMap />
    </section>
  );
}
