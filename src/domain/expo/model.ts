import type { LocalizedText } from '../../platform/i18n/localized-text.ts';
import type { Locale } from '../../platform/i18n/locales.ts';

export type ExhibitorProduct = { name: LocalizedText; hsCodes: string[] };

/** How much a buyer wants to buy: an amount of a unit over a period. */
export type TradeVolume = { amount: number; unit: string; period: 'once' | 'month' | 'year' };
export const VOLUME_PERIODS = ['once', 'month', 'year'] as const;

export type Exhibitor = {
  id: string;
  expoId: string;
  organisation: string;
  provinceId: string;
  description: LocalizedText;
  products: ExhibitorProduct[];
  hsCodes: string[];
  contactLanguages: Locale[];
  email: string | null;
  website: string | null;
  ownerUserId: string | null;
  createdAt: Date;
  updatedAt: Date;
  isDemo: boolean;
};

/** What an exhibitor says about itself; the rest is kept by the platform. */
export type ExhibitorContent = Pick<
  Exhibitor,
  'organisation' | 'provinceId' | 'description' | 'products' | 'contactLanguages' | 'email' | 'website'
>;

export type ExhibitorFilter = {
  expoId: string;
  provinceIds?: string[];
  hsPrefix?: string;
  contactLanguage?: Locale;
  text?: string;
  limit: number;
  offset: number;
};

/** A rectangle on a hall's floor, in metres from the hall's top-left corner. */
export type FloorRect = { xM: number; yM: number; widthM: number; depthM: number };
export type PlacedBooth = FloorRect & { id: string; code: string };

export type BuyerInterest = {
  id: string;
  expoId: string;
  organisation: string;
  countryCode: string;
  provinceId: string | null;
  hsCodes: string[];
  volume: TradeVolume | null;
  note: LocalizedText;
  contactLanguages: Locale[];
  ownerUserId: string | null;
  createdAt: Date;
  isDemo: boolean;
};

export type BuyerInterestContent = Pick<
  BuyerInterest,
  'organisation' | 'countryCode' | 'provinceId' | 'hsCodes' | 'volume' | 'note' | 'contactLanguages'
>;
