import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, dataOf } from '../api/client.ts';
import { useAction } from '../api/use-action.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { DayChoice } from './DayChoice.tsx';
import type { MeetingRequest } from './RequestCard.tsx';

type Mode = 'accept' | 'decline' | 'counter';

/** The answering side accepts, declines with a reason, or proposes other days or another topic. */
export function AnswerControls({
  request,
  editionDays,
  onAnswered,
}: {
  request: MeetingRequest;
  editionDays: readonly string[];
  onAnswered: () => void;
}) {
  const { t } = useTranslation('meetings');
  const [mode, setMode] = useState<Mode>('accept');
  const [reason, setReason] = useState('');
  const [days, setDays] = useState<string[]>(request.preferredDays);
  const [topic, setTopic] = useState('');
  const { problem, run } = useAction();
  const body = () => {
    if (mode === 'decline') return { answer: 'decline' as const, reason };
    if (mode === 'counter') return { answer: 'counter' as const, preferredDays: days, ...(topic ? { topic } : {}) };
    return { answer: 'accept' as const };
  };
  const submit = async () => {
    const done = await run(async () => {
      await dataOf(
        api.POST('/api/meetings/requests/{id}/answer', { params: { path: { id: request.id } }, body: body() }),
      );
    });
    if (done) onAnswered();
  };
  return (
    <form
      className="meeting-answer"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <fieldset>
        <legend>{t('answer.title')}</legend>
        {(['accept', 'decline', 'counter'] as const).map((choice) => (
          <label key={choice}>
            <input
              type="radio"
              name={`answer-${request.id}`}
              checked={mode === choice}
              onChange={() => setMode(choice)}
            />{' '}
            {t(`answer.${choice}`)}
          </label>
        ))}
      </fieldset>
      {mode === 'decline' && (
        <label className="stacked">
          {t('answer.reason')}
          <textarea value={reason} onChange={(event) => setReason(event.target.value)} rows={2} dir="auto" required />
        </label>
      )}
      {mode === 'counter' && (
        <>
          <DayChoice days={editionDays} chosen={days} onChange={setDays} />
          <label className="stacked">
            {t('answer.otherTopic')}
            <input value={topic} onChange={(event) => setTopic(event.target.value)} dir="auto" />
          </label>
        </>
      )}
      <button type="submit">{t(`answer.send.${mode}`)}</button>
      {problem && <ProblemMessage problem={problem} />}
    </form>
  );
}
