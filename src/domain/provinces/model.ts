import type { LocalizedText, SourcedFact } from '../../platform/i18n/localized-text.ts';

/** The parts of a province's profile its delegation writes, each in any of the six languages. */
export const PROFILE_SECTIONS = ['economy', 'investmentClimate', 'contacts'] as const;
export type ProfileSection = (typeof PROFILE_SECTIONS)[number];
export type ProfileSections = Partial<Record<ProfileSection, LocalizedText>>;

export type ProvinceSummary = {
  id: string;
  countryCode: string;
  iso31662: string;
  names: LocalizedText;
  capital: LocalizedText;
  caspianCoast: boolean;
  lat: number;
  lon: number;
};

export type Province = ProvinceSummary & {
  adminLevel: string;
  coastNote: string | null;
  coordNote: string;
  facts: SourcedFact[];
  economicSectors: string[];
  economicSectorsSource: string | null;
  economicSectorsNote: string | null;
  overview: LocalizedText;
  sections: ProfileSections;
  updatedAt: Date;
};

export type Port = {
  id: string;
  names: LocalizedText;
  countryCode: string;
  provinceId: string | null;
  sea: string;
  lat: number | null;
  lon: number | null;
  coordNote: string | null;
  facts: SourcedFact[];
};
