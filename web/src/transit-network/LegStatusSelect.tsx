import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, dataOf } from '../api/client.ts';
import { LEG_STATUSES, type TransitLeg } from '../api/types.ts';
import { useAction } from '../api/use-action.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { legWithStatus } from './leg-draft.ts';

type Status = TransitLeg['status'];

/** The most common edit in one step: a planned railway opens, a road closes for works. */
export function LegStatusSelect({ leg, label, onChanged }: { leg: TransitLeg; label: string; onChanged: () => void }) {
  const { t } = useTranslation('transitNetwork');
  const { problem, run } = useAction();
  // The chosen status shows at once and stays until the reloaded network carries it (or the server refuses it).
  const [pending, setPending] = useState<Status | null>(null);
  // A new status from the server ends the wait: reset while rendering, not in an effect a frame later.
  const [statusSeen, setStatusSeen] = useState(leg.status);
  if (statusSeen !== leg.status) {
    setStatusSeen(leg.status);
    setPending(null);
  }
  const change = async (status: Status) => {
    setPending(status);
    const saved = await run(async () => {
      await dataOf(
        api.PUT('/api/transit/legs/{id}', { params: { path: { id: leg.id } }, body: legWithStatus(leg, status) }),
      );
    });
    if (saved) onChanged();
    else setPending(null);
  };
  const shown = pending ?? leg.status;
  return (
    <>
      <select
        className={`status-select status-${shown}`}
        name="status"
        value={shown}
        onChange={(event) => void change(event.target.value as Status)}
        aria-label={t('legs.statusOf', { leg: label })}
      >
        {LEG_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`status.${status}`)}
          </option>
        ))}
      </select>
      {problem && <ProblemMessage problem={problem} />}
    </>
  );
}
