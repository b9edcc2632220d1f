import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, dataOf } from '../api/client.ts';
import type { EditionSummary } from '../api/types.ts';
import { useAction } from '../api/use-action.ts';
import { LabelledField } from '../app/LabelledField.tsx';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { formatInTimeZone, fromZonedTime } from 'date-fns-tz';

/** The registration deadline, typed in the edition's own time zone. */
export function DeadlineForm({ edition, onSaved }: { edition: EditionSummary; onSaved: () => void }) {
  const { t } = useTranslation('programme');
  const { problem, run } = useAction();
  const initial = edition.registrationClosesAt
    ? formatInTimeZone(new Date(edition.registrationClosesAt), edition.timeZone, "yyyy-MM-dd'T'HH:mm")
    : '';
  const [value, setValue] = useState(initial);
  const save = (event: FormEvent) => {
    event.preventDefault();
    const registrationClosesAt = value ? fromZonedTime(value, edition.timeZone).toISOString() : null;
    void run(async () => {
      await dataOf(
        api.PATCH('/api/editions/{id}', { params: { path: { id: edition.id } }, body: { registrationClosesAt } }),
      );
    }).then((ok) => ok && onSaved());
  };
  return (
    <form onSubmit={save} className="form deadline-form">
      <LabelledField label={t('editions.deadlineIn', { zone: edition.timeZone })}>
        <input
          type="datetime-local"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          data-testid="deadline-input"
        />
      </LabelledField>
      <button type="submit">{t('save')}</button>
      {problem && <ProblemMessage problem={problem} />}
    </form>
  );
}
