import { z } from 'zod';
import { LOCALES, type Locale } from './locales.ts';

export const LocaleSchema = z.enum(LOCALES).describe('One of the six platform languages');

/** Text keyed by language; languages nobody has written yet are simply absent. */
export const LocalizedTextSchema = z
  .partialRecord(LocaleSchema, z.string().max(20_000))
  .describe('Text per language code (fa, ru, en, az, kk, tk); missing languages are absent');
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** A figure and where it comes from: the UI shows the source beside the value. */
export const SourcedFactSchema = z.object({
  key: z.string().describe('What the figure measures, e.g. area_km2, population'),
  value: z.union([z.number(), z.string()]).describe('The figure itself'),
  unit: z.string().optional().describe('Unit of the figure, e.g. km2, t_per_year'),
  asOf: z.string().optional().describe('Year or period the figure refers to'),
  source: z.string().nullable().describe('Where the figure comes from; null when no source was found'),
  note: z.string().optional().describe('Caveat from the data compiler, in English'),
});
export type SourcedFact = z.infer<typeof SourcedFactSchema>;

const FALLBACK_ORDER: readonly Locale[] = ['en', 'fa', 'ru', 'az', 'kk', 'tk'];

/** A text in the wanted language, else in the first language it exists in (English first). */
export function textIn(text: Partial<Record<Locale, string>> | undefined, locale: Locale): string {
  if (!text) return '';
  return text[locale] || FALLBACK_ORDER.map((language) => text[language]).find(Boolean) || '';
}
