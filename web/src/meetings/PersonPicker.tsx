import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SIDE_MAX_PEOPLE } from '../../../src/domain/meetings/model.ts';
import type { ApiProblem } from '../api/client.ts';
import { FieldErrors } from '../app/FieldErrors.tsx';
import { countryName, formatNumber, languageName } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { DemoBadge } from './DemoBadge.tsx';
import { personLabel } from './meeting-format.ts';
import { findPeople } from './people-choice.ts';
import type { MeetingParticipant } from './use-meeting-participants.ts';

/** More rows than this and a reader searches rather than scrolls. */
const SHOWN_AT_MOST = 30;

type Props = {
  legend: string;
  people: readonly MeetingParticipant[];
  chosenIds: readonly string[];
  onChange: (ids: string[]) => void;
  provinceName: (id: string | null) => string;
  searchable: boolean;
  /** Where the server's messages about this side's people are (`receiver.participantIds`). */
  path: string;
  problem: ApiProblem | null;
  testId: string;
};

/**
 * People to tick, each with role, organisation, place and languages; with a search box over those
 * words for a long list. The ones ticked stay at the top whatever the search.
 */
export function PersonPicker({
  legend,
  people,
  chosenIds,
  onChange,
  provinceName,
  searchable,
  path,
  problem,
  testId,
}: Props) {
  const { t, i18n } = useTranslation('meetings');
  const locale = i18n.language as Locale;
  const [query, setQuery] = useState('');
  const placeOf = (person: MeetingParticipant) =>
    person.provinceId ? provinceName(person.provinceId) : countryName(person.countryCode, locale);
  const textsOf = (person: MeetingParticipant) => [
    person.nameNative,
    person.nameLatin,
    person.organisation,
    person.position,
    placeOf(person),
    t(`registration:role.${person.role}`),
  ];
  const { shown, more } = findPeople(people, searchable ? query : '', chosenIds, textsOf, SHOWN_AT_MOST);
  const full = chosenIds.length >= SIDE_MAX_PEOPLE;
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...chosenIds, id] : chosenIds.filter((other) => other !== id));
  return (
    <fieldset className="person-picker" data-testid={testId}>
      <legend>{legend}</legend>
      {searchable && (
        <label className="stacked">
          {t('new.search')}
          <input type="search" value={query} onChange={(event) => setQuery(event.target.value)} dir="auto" />
        </label>
      )}
      <small aria-live="polite">
        {t('new.chosen', {
          chosen: formatNumber(chosenIds.length, locale),
          max: formatNumber(SIDE_MAX_PEOPLE, locale),
        })}
      </small>
      {shown.length === 0 && <p className="meeting-note">{t('new.noMatch')}</p>}
      <ul className="person-choices">
        {shown.map((person) => {
          const chosen = chosenIds.includes(person.participantId);
          return (
            <li key={person.participantId}>
              <label>
                <input
                  type="checkbox"
                  value={person.participantId}
                  checked={chosen}
                  disabled={!chosen && full}
                  onChange={(event) => toggle(person.participantId, event.target.checked)}
                />{' '}
                <bdi className="person-name">{personLabel(person, locale)}</bdi>{' '}
                <small>
                  {t(`registration:role.${person.role}`)}
                  {person.organisation && (
                    <>
                      {' · '}
                      <bdi>{person.organisation}</bdi>
                    </>
                  )}
                  {` · ${placeOf(person)}`}
                  {person.languages.length > 0 &&
                    ` · ${person.languages.map((language) => languageName(language, locale)).join(', ')}`}
                </small>{' '}
                <DemoBadge isDemo={person.isDemo} />
              </label>
            </li>
          );
        })}
      </ul>
      {more > 0 && <small>{t('new.more', { count: more, formattedCount: formatNumber(more, locale) })}</small>}
      <FieldErrors problem={problem} path={path} />
    </fieldset>
  );
}
