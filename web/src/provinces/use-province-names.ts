import { useCallback } from 'react';
import { useApi } from '../api/use-api.ts';
import type { Locale } from '../i18n/locales.ts';
import { pickText } from '../i18n/pick-text.ts';

/** A province's name in the reader's language (its id while the list loads). */
export function useProvinceNames(locale: Locale): (provinceId: string | null) => string {
  const provinces = useApi('/api/provinces');
  return useCallback(
    (provinceId: string | null) => {
      if (!provinceId) return '';
      const province = provinces.data?.find((candidate) => candidate.id === provinceId);
      return (province && pickText(province.names, locale)?.text) ?? provinceId;
    },
    [provinces.data, locale],
  );
}
