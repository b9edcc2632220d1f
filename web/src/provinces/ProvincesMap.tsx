import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api.ts';
import type { Port, ProvinceSummary } from '../api/types.ts';
import type { Locale } from '../i18n/locales.ts';
import { CaspianMap } from '../map/CaspianMap.tsx';
import { toMapPorts, toMapProvinces } from './map-points.ts';

/** The Caspian with the participating provinces and the ports, drawn from geometry shipped with the app. */
export function ProvincesMap({ hostProvinceId, highlightProvinceId }: { hostProvinceId?: string; highlightProvinceId?: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const provinces = useApi<ProvinceSummary[]>('/api/provinces');
  const ports = useApi<Port[]>('/api/ports');
  if (!provinces.data || !ports.data) return <p>{t('map.loading')}</p>;
  return (
    <CaspianMap
      title={t('map.title')}
      provinces={toMapProvinces(provinces.data, locale, hostProvinceId)}
      ports={toMapPorts(ports.data, locale)}
      highlightProvinceId={highlightProvinceId}
    />
  );
}
