import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../i18n/locales.ts';
import { formatTimeField, readTimeField } from './clock-time.ts';
import { DateInput } from './DateInput.tsx';

type Props = {
  name: string;
  /** Wall-clock time as `yyyy-MM-ddTHH:mm` (what date-fns-tz's fromZonedTime reads), or '' for none. */
  value: string;
  onChange: (localDateTime: string) => void;
};

/**
 * A day in the reader's calendar (DateInput) and a 24-hour time in their digits, instead of the
 * browser's mm/dd/yyyy, --:-- -- field. Both are needed once either is given.
 */
export function DateTimeInput({ name, value, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const [day = '', time = ''] = value.split('T');
  const [field, setField] = useState({ day, time: formatTimeField(time, locale), value });
  if (field.value !== value) setField({ day, time: formatTimeField(time, locale), value });
  const timeInput = useRef<HTMLInputElement>(null);
  const reading = readTimeField(field.time);
  const problem =
    (field.day || field.time) && reading === null
      ? t('dateInput.timeNeeded', { example: formatTimeField('14:30', locale) })
      : null;
  useEffect(() => timeInput.current?.setCustomValidity(problem ?? ''), [problem]);
  const update = (next: { day: string; time: string }) => {
    const clock = readTimeField(next.time);
    const combined = next.day && clock ? `${next.day}T${clock}` : '';
    setField({ ...next, value: combined });
    if (combined !== value) onChange(combined);
  };
  return (
    <span className="date-time-input">
      <DateInput
        name={`${name}Day`}
        value={field.day}
        onChange={(nextDay) => update({ day: nextDay, time: field.time })}
      />
      <input
        ref={timeInput}
        name={`${name}Time`}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        className="time-input"
        aria-label={t('dateInput.time')}
        value={field.time}
        size={6}
        onChange={(event) => update({ day: field.day, time: event.target.value })}
        onBlur={() => reading && setField({ ...field, time: formatTimeField(reading, locale) })}
      />
      {problem && (
        <small className="field-errors" role="alert">
          {problem}
        </small>
      )}
    </span>
  );
}
