import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaspianMapProps } from './map-types.ts';

/** d3-geo, the layout and the map's styles load with the first map on screen, not with the main script. */
const CaspianMap = lazy(() => import('./CaspianMap.tsx'));

/** What a map's place shows while its code or its data is on the way. */
export function MapLoading() {
  const { t } = useTranslation();
  return <p>{t('map.loading')}</p>;
}

export function LazyCaspianMap(props: CaspianMapProps) {
  return (
    <Suspense fallback={<MapLoading />}>
      <CaspianMap {...props} />
    </Suspense>
  );
}
