import type { LocalizedText } from '../../platform/i18n/localized-text.ts';

export type ExhibitorProduct = { name: LocalizedText; hsCodes: string[] };

/** How much a buyer wants to buy: an amount of a unit over a period. */
export type TradeVolume = { amount: number; unit: string; period: 'once' | 'month' | 'year' };
