import { useTranslation } from 'react-i18next';
import { formatDateBothCalendars } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';

/** The edition's days as check boxes; none chosen means any day. */
export function DayChoice({
  days,
  chosen,
  onChange,
}: {
  days: readonly string[];
  chosen: readonly string[];
  onChange: (days: string[]) => void;
}) {
  const { t, i18n } = useTranslation('meetings');
  const locale = i18n.language as Locale;
  const toggle = (day: string, on: boolean) =>
    onChange(on ? [...chosen, day].sort() : chosen.filter((other) => other !== day));
  return (
    <fieldset className="day-choice">
      <legend>{t('request.daysLegend')}</legend>
      {days.map((day) => (
        <label key={day}>
          <input
            type="checkbox"
            checked={chosen.includes(day)}
            onChange={(event) => toggle(day, event.target.checked)}
          />{' '}
          {formatDateBothCalendars(day, locale)}
        </label>
      ))}
      <small>{t('request.daysHint')}</small>
    </fieldset>
  );
}
