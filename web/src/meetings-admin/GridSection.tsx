import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, dataOf } from '../api/client.ts';
import { useAction } from '../api/use-action.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import type { Cancellation, GridMeeting, MeetingGrid as Grid, MeetingRequest, RefusalProblem } from './admin-types.ts';
import { ReoptimisationReport } from './ReoptimisationReport.tsx';
import { LockIcon } from './LockIcon.tsx';
import { MeetingGrid } from './MeetingGrid.tsx';
import { MeetingPanel } from './MeetingPanel.tsx';
import type { MoveTarget } from './MoveForm.tsx';
import { PublishButton } from './PublishButton.tsx';

type Props = {
  editionId: string;
  grid: Grid;
  requests: ReadonlyMap<string, MeetingRequest>;
  timeZone: string;
  provinceName: (id: string | null) => string;
  onChanged: () => void;
};

/**
 * The grid and what is done on it. A move (dropped or chosen in the panel) is asked of the server;
 * a refusal is shown beside the grid with what stands in the way marked, and the card stays put.
 */
export function GridSection({ editionId, grid, requests, timeZone, provinceName, onChanged }: Props) {
  const { t } = useTranslation('meetingsAdmin');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [moved, setMoved] = useState<string | null>(null);
  const [cancelled, setCancelled] = useState<{ report: Cancellation; topic: string } | null>(null);
  const moving = useAction();
  // A refusal stays in sight until the next move or until it is put away.
  const [dismissed, setDismissed] = useState<unknown>(null);
  const shownProblem = moving.problem !== dismissed ? moving.problem : null;
  const refusal = shownProblem?.problem as (RefusalProblem & object) | undefined;
  const inTheWay = new Set((refusal?.reasons ?? []).flatMap((reason) => (reason.meetingId ? [reason.meetingId] : [])));
  const selected = grid.meetings.find((meeting) => meeting.id === selectedId) ?? null;
  const selectedDay = selected && grid.slots.find((slot) => slot.id === selected.slotId)?.day;
  const provisional = grid.meetings.filter((meeting) => meeting.state === 'provisional').length;

  const move = async (meeting: GridMeeting, target: MoveTarget) => {
    setMoved(null);
    setCancelled(null);
    const done = await moving.run(async () => {
      await dataOf(api.POST('/api/meetings/{id}/move', { params: { path: { id: meeting.id } }, body: target }));
    });
    if (!done) return;
    setMoved(meeting.topic);
    onChanged();
  };
  const panelFor = (day: string) =>
    selected &&
    selectedDay === day && (
      <MeetingPanel
        meeting={selected}
        request={requests.get(selected.requestId)}
        grid={grid}
        timeZone={timeZone}
        provinceName={provinceName}
        onMove={(target) => void move(selected, target)}
        onChanged={onChanged}
        onCancelled={(report) => {
          setDismissed(moving.problem);
          setMoved(null);
          setCancelled({ report, topic: selected.topic });
          setSelectedId(null);
          onChanged();
        }}
        onClose={() => setSelectedId(null)}
      />
    );

  return (
    <section className="meetings-section" id="grid" aria-labelledby="grid-title">
      <div className="section-head">
        <h2 id="grid-title">{t('grid.title')}</h2>
        <PublishButton editionId={editionId} provisional={provisional} onPublished={onChanged} />
      </div>
      <p className="hint">{t('grid.intro')}</p>
      <p className="grid-legend">
        <span className="badge state-badge state-provisional">{t('state.provisional')}</span>{' '}
        <span className="badge state-badge state-published">{t('state.published')}</span>{' '}
        <LockIcon label={t('grid.locked')} /> {t('grid.lockedLegend')}
      </p>
      <div className="grid-messages" aria-live="polite">
        {shownProblem && (
          <div className="grid-refusal" data-testid="move-refusal">
            <ProblemMessage problem={shownProblem} />
            <p className="hint">
              {inTheWay.size > 0 && `${t('grid.inTheWayNote')} `}
              <button type="button" className="link-button" onClick={() => setDismissed(shownProblem)}>
                {t('dismiss')}
              </button>
            </p>
          </div>
        )}
        {moved && (
          <p className="saved-note" role="status">
            {t('grid.moved', { topic: moved })}
          </p>
        )}
        {cancelled && (
          <ReoptimisationReport
            report={cancelled.report}
            title={t('cancellation.done', { topic: cancelled.topic })}
            grid={grid}
            requests={requests}
            timeZone={timeZone}
            onDismiss={() => setCancelled(null)}
          />
        )}
      </div>
      <MeetingGrid
        grid={grid}
        requests={requests}
        timeZone={timeZone}
        provinceName={provinceName}
        selectedId={selectedId}
        inTheWay={inTheWay}
        onSelect={(id) => setSelectedId(id === selectedId ? null : id)}
        onMove={(meeting, slotId, roomId) => void move(meeting, { slotId, roomId })}
        panelFor={panelFor}
      />
    </section>
  );
}
