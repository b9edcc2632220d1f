import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { co2TotalTonnes, durationParts, formatUsd, significantDigits } from './transit-format.ts';

/** The planner's figures worded in the reader's language, with the reader's digits. */
export function useTransitFormat() {
  const { t, i18n } = useTranslation('transit');
  const locale = i18n.language as Locale;
  return useMemo(() => {
    const number = (value: number, options: Intl.NumberFormatOptions = significantDigits(value)) =>
      formatNumber(value, locale, options);
    const duration = (totalHours: number) => {
      const { days, hours } = durationParts(totalHours);
      if (days === 0) return t('duration.hours', { hours: number(hours) });
      if (hours === 0) return t('duration.days', { days: number(days) });
      return t('duration.daysHours', { days: number(days), hours: number(hours) });
    };
    return {
      locale,
      number,
      duration,
      usd: (value: number) => formatUsd(value, locale),
      usdPerTonne: (value: number) => t('unit.perTonne', { value: formatUsd(value, locale) }),
      km: (km: number) => t('unit.km', { value: number(km, { maximumFractionDigits: 0 }) }),
      kgPerTonne: (kg: number) => t('unit.kgPerTonne', { value: number(kg) }),
      co2Tonnes: (kgPerTonne: number, tonnes: number) =>
        t('unit.tonnes', { value: number(co2TotalTonnes(kgPerTonne, tonnes), { maximumFractionDigits: 2 }) }),
    };
  }, [t, locale]);
}

export type TransitFormat = ReturnType<typeof useTransitFormat>;
