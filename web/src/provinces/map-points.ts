import type { Port, ProvinceSummary } from '../api/types.ts';
import type { Locale } from '../i18n/locales.ts';
import { pickText } from '../i18n/pick-text.ts';
import type { MapPort, MapProvince } from '../map/CaspianMap.tsx';

export function toMapProvinces(provinces: ProvinceSummary[], locale: Locale, hostProvinceId?: string): MapProvince[] {
  return provinces.map((province) => ({
    id: province.id,
    name: pickText(province.names, locale)?.text ?? province.id,
    countryCode: province.countryCode,
    lat: province.lat,
    lon: province.lon,
    href: `/${locale}/provinces/${province.id}`,
    isHost: province.id === hostProvinceId,
  }));
}

/** Ports without coordinates in the reference data are left off the map rather than guessed. */
export function toMapPorts(ports: Port[], locale: Locale): MapPort[] {
  return ports
    .filter((port) => port.lat !== null && port.lon !== null)
    .map((port) => ({
      id: port.id,
      name: pickText(port.names, locale)?.text ?? port.id,
      lat: port.lat!,
      lon: port.lon!,
      href: port.provinceId ? `/${locale}/provinces/${port.provinceId}` : undefined,
    }));
}
