import type { LocalizedText, SourcedFact } from '../src/platform/i18n/localized-text.ts';
import { LOCALES } from '../src/platform/i18n/locales.ts';
import type { ReferencePort, ReferenceProvince, ReferenceSummit, Translations } from './reference-types.ts';

/** Keeps the six platform languages; the reference data's own text wins over the team's translations. */
export function localized(
  reference: Record<string, unknown> | undefined,
  translated: Record<string, unknown> = {},
): LocalizedText {
  const text: LocalizedText = {};
  for (const locale of LOCALES) {
    const value = reference?.[locale] ?? translated[locale];
    if (typeof value === 'string' && value.trim() !== '') text[locale] = value;
  }
  return text;
}

function fact(
  key: string,
  value: number | string | null | undefined,
  details: Omit<SourcedFact, 'key' | 'value'>,
): SourcedFact[] {
  return value === null || value === undefined ? [] : [{ key, value, ...stripUndefined(details) }];
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, inner]) => inner !== undefined)) as T;
}

export function buildProvinceRow(province: ReferenceProvince, translations: Translations) {
  const extra = translations.provinces[province.id] ?? {};
  return {
    id: province.id,
    countryCode: province.country,
    iso31662: province.iso_3166_2,
    adminLevel: province.admin_level,
    names: localized(province.names, extra.names),
    capital: localized(province.capital, extra.capital),
    caspianCoast: province.caspian_coast,
    coastNote: province.coast_note ?? null,
    lat: province.centroid.lat,
    lon: province.centroid.lon,
    coordNote: province.centroid.note,
    facts: [
      ...fact('area_km2', province.area_km2, {
        unit: 'km2',
        asOf: province.area_as_of?.toString(),
        source: province.area_source,
      }),
      ...fact('population', province.population, {
        asOf: province.population_year?.toString(),
        source: province.population_source,
        note: province.population_note,
      }),
    ],
    economicSectors: province.economic_sectors,
    economicSectorsSource: province.economic_sectors_source,
    economicSectorsNote: province.economic_sectors_note ?? null,
  };
}

const CAPACITY_UNITS: Record<string, string> = {
  value_t_per_year: 't_per_year',
  teu_per_year: 'teu_per_year',
  non_container_t_per_year: 't_per_year_non_container',
  value_t: 't',
  teu: 'teu',
};

/** A port's capacity or throughput record holds several figures under one source; each becomes a fact. */
function portFigures(
  key: 'capacity' | 'throughput',
  record: ReferencePort['capacity'] | ReferencePort['throughput'],
): SourcedFact[] {
  if (!record) return [];
  const asOf =
    'year' in record && record.year !== undefined ? String(record.year) : (record.period as string | undefined);
  const note = typeof record.note === 'string' ? record.note : undefined;
  return Object.entries(CAPACITY_UNITS).flatMap(([field, unit]) =>
    fact(key, record[field] as number | undefined, { unit, asOf, source: record.source, note }),
  );
}

export function buildPortRow(port: ReferencePort, translations: Translations) {
  return {
    id: port.id,
    names: localized(port.names, translations.ports[port.id]?.names),
    countryCode: port.country,
    provinceId: port.province_id,
    sea: port.sea,
    lat: port.lat,
    lon: port.lon,
    coordNote: port.coord_note ?? null,
    facts: [
      ...portFigures('capacity', port.capacity),
      ...portFigures('throughput', port.throughput),
      ...fact('unlocode', port.unlocode, { source: port.unlocode_source }),
    ],
  };
}

/** The 2025 summit closed on 30 Aban 1404 (21 Nov 2025), the last day of the expo held alongside it. */
export function buildEditionRows(summit: ReferenceSummit, hostCapital: LocalizedText, translations: Translations) {
  const { edition, expo } = summit;
  const editionId = edition.id;
  return {
    edition: {
      id: editionId,
      ordinal: edition.ordinal,
      name: localized(edition.name, translations.edition.name),
      slogan: localized(edition.slogan, translations.edition.slogan),
      hostProvinceId: edition.host_province_id,
      city: { ...hostCapital, ...localized({ en: edition.city }) },
      venue: localized(edition.venue, translations.edition.venue),
      startsOn: edition.dates.opening,
      endsOn: expo.dates.end,
      timeZone: 'Asia/Tehran',
      sources: summit.sources,
    },
    provinces: [...summit.participating_provinces.iranian, ...summit.participating_provinces.foreign].map(
      (provinceId) => ({
        editionId,
        provinceId,
        role: provinceId === edition.host_province_id ? ('host' as const) : ('participant' as const),
      }),
    ),
    panels: summit.panels.map((panel) => {
      const extra = translations.panels[panel.id] ?? {};
      return {
        id: `${editionId}/${panel.id}`,
        editionId,
        kind: panel.type,
        number: panel.number ?? null,
        title: localized(panel.title, extra.title),
        moderatorName: localized(panel.moderator.name, extra.moderatorName),
        moderatorRole: localized(panel.moderator.role, extra.moderatorRole),
        sectorIds: panel.taxonomy_sectors ?? [],
        sources: panel.sources,
      };
    }),
    speakers: summit.speakers.map((speaker) => ({
      id: `${editionId}/${speaker.id}`,
      editionId,
      name: localized(speaker.name, translations.speakers[speaker.id]?.name),
      role: localized(speaker.role, translations.speakers[speaker.id]?.role),
      slot: speaker.session === 'closing keynote' ? ('closing_keynote' as const) : ('opening_keynote' as const),
      sources: speaker.sources,
    })),
    expo: {
      id: expo.id,
      editionId,
      name: localized(expo.name, translations.expo.name),
      venue: localized(expo.venue, translations.expo.venue),
      venueProvinceId: expo.venue.province_id ?? null,
      aim: localized(expo.aim, translations.expo.aim),
      targetMarkets: expo.target_markets,
      startsOn: expo.dates.start,
      endsOn: expo.dates.end,
      sources: expo.sources,
    },
  };
}
