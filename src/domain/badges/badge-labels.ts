import type { Locale } from '../../platform/i18n/locales.ts';

/** Printed on badges of invented demo people, so that nobody mistakes one for a real pass. */
export const DEMO_LABEL: Record<Locale, string> = {
  fa: 'نمایشی',
  ru: 'ДЕМО',
  en: 'DEMO',
  az: 'DEMO',
  kk: 'ДЕМО',
  tk: 'DEMO',
};
