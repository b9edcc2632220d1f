import { useMemo, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useApi } from '../api/use-api.ts';
import type { Locale } from '../i18n/locales.ts';
import { LazyCaspianMap, MapLoading } from '../map/LazyCaspianMap.tsx';
import { toMapPorts, toMapProvinces } from './map-points.ts';

/** The Caspian with the participating provinces and the ports, drawn from geometry shipped with the app. */
export function ProvincesMap({
  hostProvinceId,
  highlightProvinceId,
}: {
  hostProvinceId?: string;
  highlightProvinceId?: string;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const navigate = useNavigate();
  const provinces = useApi('/api/provinces');
  const ports = useApi('/api/ports');
  const mapProvinces = useMemo(
    () => toMapProvinces(provinces.data ?? [], locale, hostProvinceId),
    [provinces.data, locale, hostProvinceId],
  );
  const mapPorts = useMemo(() => toMapPorts(ports.data ?? [], locale), [ports.data, locale]);
  if (!provinces.data || !ports.data) return <MapLoading />;
  // The map's links are plain SVG anchors; follow them inside the app instead of reloading the page.
  const followInApp = (event: MouseEvent<Element>) => {
    const href = event.currentTarget.getAttribute('href');
    if (!href?.startsWith('/') || event.metaKey || event.ctrlKey) return;
    event.preventDefault();
    navigate(href);
  };
  return (
    <LazyCaspianMap
      title={t('map.title')}
      provinces={mapProvinces}
      ports={mapPorts}
      highlightProvinceId={highlightProvinceId}
      onLinkClick={followInApp}
    />
  );
}
