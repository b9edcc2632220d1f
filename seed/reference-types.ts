/** The shapes of the reference files in seed/reference/, as far as the seed reads them. */
type Names = Record<string, string | undefined>;

export type ReferenceProvince = {
  id: string;
  country: string;
  iso_3166_2: string;
  admin_level: string;
  names: Names;
  capital: Names;
  area_km2: number | null;
  area_source: string | null;
  area_as_of: number | null;
  population: number | null;
  population_year: number | null;
  population_note?: string;
  population_source: string | null;
  caspian_coast: boolean;
  coast_note?: string;
  centroid: { lat: number; lon: number; note: string };
  economic_sectors: string[];
  economic_sectors_source: string | null;
  economic_sectors_note?: string;
};

export type ReferencePort = {
  id: string;
  names: Names;
  country: string;
  province_id: string | null;
  sea: string;
  lat: number | null;
  lon: number | null;
  coord_note?: string;
  capacity: (Record<string, number | string | undefined> & { year?: number; source: string; note?: string }) | null;
  throughput: (Record<string, number | string | undefined> & { period?: string; source: string }) | null;
  unlocode: string | null;
  unlocode_source: string | null;
};

type Person = { name: Names; role: Names };

export type ReferenceSummit = {
  sources: string[];
  edition: {
    id: string;
    ordinal: number;
    name: Names;
    slogan: Names & { source?: string[] };
    host_province_id: string;
    city: string;
    venue: Names;
    dates: { opening: string };
  };
  speakers: (Person & { id: string; session: string; sources: string[] })[];
  panels: {
    id: string;
    type: 'general' | 'specialist';
    number?: number;
    title: Names;
    moderator: Person;
    taxonomy_sectors?: string[];
    sources: string[];
  }[];
  participating_provinces: { iranian: string[]; foreign: string[] };
  expo: {
    id: string;
    name: Names;
    venue: Names & { province_id?: string };
    dates: { start: string; end: string };
    aim: Names;
    target_markets: string[];
    sources: string[];
  };
};

export type Translations = {
  edition: Record<string, Names>;
  provinces: Record<string, Record<string, Names>>;
  ports: Record<string, Record<string, Names>>;
  panels: Record<string, Record<string, Names>>;
  speakers: Record<string, Record<string, Names>>;
  expo: Record<string, Names>;
};
