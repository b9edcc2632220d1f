import { useTranslation } from 'react-i18next';
import type { TransitParameter } from '../api/types.ts';
import { formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';

/** The value with its unit, in the order and digits of the reader's language ("۲۵ کیلومتر بر ساعت"). */
export function ParameterValue({ parameter }: { parameter: Pick<TransitParameter, 'value' | 'unit'> }) {
  const { t, i18n } = useTranslation('transitNetwork');
  const value = formatNumber(parameter.value, i18n.language as Locale, { maximumFractionDigits: 3 });
  return <span className="parameter-value">{t(`unitValue.${parameter.unit}`, { value, defaultValue: value })}</span>;
}
