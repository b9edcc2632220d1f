import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, dataOf } from '../api/client.ts';
import { useAction } from '../api/use-action.ts';
import { useApi } from '../api/use-api.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { formatDateBothCalendars, formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { type AvailabilityWindow, formatMinuteOfDay, minuteChoices, nextWindow } from './availability-draft.ts';

type Props = { editionId: string; participantId: string };
type DraftWindow = AvailabilityWindow & { key: number };

/**
 * When a person can meet: the whole summit, or only the hours listed (a late arrival, an early
 * departure, a free afternoon). The scheduler keeps their meetings inside them.
 */
export function AvailabilityEditor({ editionId, participantId }: Props) {
  const { t, i18n } = useTranslation('meetings');
  const locale = i18n.language as Locale;
  const path = { editionId, participantId };
  const stored = useApi('/api/editions/{editionId}/meetings/availability/{participantId}', { params: { path } });
  const [windows, setDrafts] = useState<DraftWindow[] | null>(null);
  const nextKey = useRef(0);
  const setWindows = (list: readonly AvailabilityWindow[] | null) =>
    setDrafts(list?.map((window) => ({ ...window, key: nextKey.current++ })) ?? null);
  const [saved, setSaved] = useState<{ outside: number } | null>(null);
  const { problem, run } = useAction();
  // biome-ignore lint/correctness/useExhaustiveDependencies: a fresh load replaces the draft; nothing else does.
  useEffect(() => setWindows(stored.data?.windows ?? null), [stored.data]);
  if (!stored.data) return stored.problem ? <ProblemMessage problem={stored.problem} /> : null;
  const { days, meetingHours } = stored.data;
  const times = minuteChoices(meetingHours.dayStartMinute, meetingHours.dayEndMinute);
  const change = (key: number, part: Partial<AvailabilityWindow>) =>
    setDrafts((list) => list?.map((window) => (window.key === key ? { ...window, ...part } : window)) ?? null);
  const bodyWindows = windows?.map(({ key: _key, ...window }) => window) ?? null;
  const save = async () => {
    setSaved(null);
    const done = await run(async () => {
      const answer = await dataOf(
        api.PUT('/api/editions/{editionId}/meetings/availability/{participantId}', {
          params: { path },
          body: { windows: bodyWindows },
        }),
      );
      setWindows(answer.windows);
      setSaved({ outside: answer.provisionalOutside.length });
    });
    if (!done) setSaved(null);
  };
  const timeSelect = (key: number, which: 'startMinute' | 'endMinute', value: number) => (
    <label>
      {t(`availability.${which}`)}{' '}
      <select value={value} onChange={(event) => change(key, { [which]: Number(event.target.value) })}>
        {times.map((minute) => (
          <option key={minute} value={minute}>
            {formatMinuteOfDay(minute, locale)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form
      className="meeting-availability"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h2>{t('availability.title')}</h2>
      <p className="hint">{t('availability.intro')}</p>
      <fieldset>
        <legend className="visually-hidden">{t('availability.title')}</legend>
        <label>
          <input type="radio" checked={windows === null} onChange={() => setWindows(null)} /> {t('availability.whole')}
        </label>
        <label>
          <input
            type="radio"
            checked={windows !== null}
            onChange={() => setWindows([nextWindow([], days, meetingHours)])}
          />{' '}
          {t('availability.only')}
        </label>
      </fieldset>
      {windows?.map((window) => (
        <div className="availability-window" key={window.key} data-testid="availability-window">
          <label>
            {t('availability.day')}{' '}
            <select value={window.day} onChange={(event) => change(window.key, { day: event.target.value })}>
              {days.map((day) => (
                <option key={day} value={day}>
                  {formatDateBothCalendars(day, locale)}
                </option>
              ))}
            </select>
          </label>
          {timeSelect(window.key, 'startMinute', window.startMinute)}
          {timeSelect(window.key, 'endMinute', window.endMinute)}
          {windows.length > 1 && (
            <button
              type="button"
              className="link-button"
              onClick={() => setDrafts(windows.filter((other) => other.key !== window.key))}
            >
              {t('availability.remove')}
            </button>
          )}
        </div>
      ))}
      {windows && (
        <button
          type="button"
          className="secondary"
          onClick={() =>
            setDrafts([...windows, { ...nextWindow(windows, days, meetingHours), key: nextKey.current++ }])
          }
        >
          {t('availability.add')}
        </button>
      )}
      <button type="submit">{t('availability.save')}</button>
      {saved && (
        <p role="status">
          {saved.outside > 0
            ? t('availability.savedOutside', { count: saved.outside, number: formatNumber(saved.outside, locale) })
            : t('availability.saved')}
        </p>
      )}
      {problem && <ProblemMessage problem={problem} />}
    </form>
  );
}
