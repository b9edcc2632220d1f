import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateBothCalendars, formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import {
  DATE_FIELD_RANGE,
  type DateFieldReading,
  EXAMPLE_DAY,
  formatDateField,
  formatMonthOf,
  readDateField,
} from './calendar-date.ts';

type Props = {
  name: string;
  /** The day as the API stores it (YYYY-MM-DD), or '' for none. */
  value: string;
  /** Called with the ISO day typed, or '' while the field is empty or holds no real day. */
  onChange: (isoDate: string) => void;
  required?: boolean;
  'data-testid'?: string;
};

/**
 * A calendar date typed in the reader's calendar and order (Solar Hijri in Persian), with the day
 * it was read as written out under it. A day that does not exist (30 Esfand in a common year,
 * 31 June) is refused here, in the reader's words, and the form cannot be sent with it.
 */
export function DateInput({ name, value, onChange, required = false, 'data-testid': testId }: Props) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [field, setField] = useState({ text: formatDateField(value, locale), value, locale, touched: false });
  // A value set from outside (a form reset, a loaded record) or another language replaces what was typed.
  if (field.value !== value || field.locale !== locale) {
    setField({ text: formatDateField(value, locale), value, locale, touched: false });
  }
  const reading = readDateField(field.text, locale);
  const problem = describeReading(reading, locale, t);
  useEffect(() => input.current?.setCustomValidity(problem ?? ''), [problem]);
  const change = (text: string) => {
    const next = readDateField(text, locale);
    const iso = next.kind === 'day' ? next.iso : '';
    setField({ text, value: iso, locale, touched: field.touched });
    if (iso !== value) onChange(iso);
  };
  const settle = () => {
    const text = reading.kind === 'day' ? formatDateField(reading.iso, locale) : field.text;
    setField({ ...field, text, touched: true });
  };
  const shown = field.touched ? problem : null;
  return (
    <>
      <input
        ref={input}
        name={name}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        className="date-input"
        value={field.text}
        required={required}
        aria-invalid={shown ? true : undefined}
        aria-describedby={hintId}
        onChange={(event) => change(event.target.value)}
        onBlur={settle}
        onInvalid={() => setField({ ...field, touched: true })}
        data-testid={testId}
      />
      <small
        id={hintId}
        className={shown ? 'field-errors date-input-note' : 'hint date-input-note'}
        role={shown ? 'alert' : undefined}
      >
        {shown ??
          (reading.kind === 'day'
            ? readOut(reading.iso, locale)
            : t('dateInput.example', { example: formatDateField(EXAMPLE_DAY, locale) }))}
      </small>
    </>
  );
}

/** The day as read, in words: both calendars for a Persian reader, who may be checking a Gregorian date. */
const readOut = (iso: string, locale: Locale) =>
  locale === 'fa' ? formatDateBothCalendars(iso, locale) : formatDate(iso, locale);

/** Why what was typed is no day, in the reader's words; null when it is one (or nothing was typed). */
export function describeReading(
  reading: DateFieldReading,
  locale: Locale,
  t: (key: string, options?: Record<string, unknown>) => string,
): string | null {
  switch (reading.kind) {
    case 'empty':
    case 'day':
      return null;
    case 'not_a_date':
      return t('dateInput.notADate', { example: formatDateField(EXAMPLE_DAY, locale) });
    case 'out_of_range':
      return t('dateInput.outOfRange', {
        first: formatDate(DATE_FIELD_RANGE.first, locale),
        last: formatDate(DATE_FIELD_RANGE.last, locale),
      });
    case 'no_such_day':
      return t('dateInput.noSuchDay', {
        count: reading.days,
        days: formatNumber(reading.days, locale),
        month: formatMonthOf(reading.month, locale),
      });
  }
}
