import { useTranslation } from 'react-i18next';
import { defaultLanguages } from '../../../src/domain/meetings/request-rules.ts';
import type { ApiProblem } from '../api/client.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import type { Locale } from '../i18n/locales.ts';
import { useProvinceNames } from '../provinces/use-province-names.ts';
import { needsInterpreter } from './meeting-format.ts';
import { counterpartsOf, keepAllowedCounterparts, ownCandidatesOf } from './people-choice.ts';
import { PersonPicker } from './PersonPicker.tsx';
import type { MeetingParticipant } from './use-meeting-participants.ts';

/** A handful of own people fit on screen; a delegation's office or the secretariat needs the search. */
const SEARCH_FROM = 9;

type Props = {
  /** The edition's approved participants; null while they load. */
  people: readonly MeetingParticipant[] | null;
  loadProblem: ApiProblem | null;
  ownIds: readonly string[];
  counterpartIds: readonly string[];
  /** The secretariat asks for anyone, so its own people are everyone. */
  forAnyone: boolean;
  problem: ApiProblem | null;
  onChange: (change: { ownIds: string[]; counterpartIds: string[] }) => void;
};

/** The two sides of a business meeting: which of the reader's people attend, and whom they ask to meet. */
export function B2bSides({ people, loadProblem, ownIds, counterpartIds, forAnyone, problem, onChange }: Props) {
  const { t, i18n } = useTranslation('meetings');
  const provinceName = useProvinceNames(i18n.language as Locale);
  if (loadProblem) return <ProblemMessage problem={loadProblem} />;
  if (!people) return <p>{t('translation:common.loading')}</p>;
  const own = ownCandidatesOf(people);
  if (own.length === 0) return <p className="meeting-note">{t('new.noOwnPeople')}</p>;
  const counterparts = counterpartsOf(people, ownIds, { forAnyone });
  const chooseOwn = (ids: string[]) =>
    onChange({ ownIds: ids, counterpartIds: keepAllowedCounterparts(people, ids, counterpartIds, { forAnyone }) });
  const languagesOf = (ids: readonly string[]) =>
    defaultLanguages(people.filter((person) => ids.includes(person.participantId)));
  const interpreterNeeded =
    ownIds.length > 0 &&
    counterpartIds.length > 0 &&
    needsInterpreter(languagesOf(ownIds), languagesOf(counterpartIds));
  return (
    <>
      <p>{t('new.b2bIntro')}</p>
      <PersonPicker
        legend={t('new.own')}
        people={own}
        chosenIds={ownIds}
        onChange={chooseOwn}
        provinceName={provinceName}
        searchable={own.length >= SEARCH_FROM}
        path="requester.participantIds"
        problem={problem}
        testId="own-people"
      />
      <PersonPicker
        legend={t('new.counterparts')}
        people={counterparts}
        chosenIds={counterpartIds}
        onChange={(ids) => onChange({ ownIds: [...ownIds], counterpartIds: ids })}
        provinceName={provinceName}
        searchable
        path="receiver.participantIds"
        problem={problem}
        testId="counterpart-people"
      />
      {interpreterNeeded && <p className="meeting-note">{t('request.interpreterNeeded')}</p>}
    </>
  );
}
