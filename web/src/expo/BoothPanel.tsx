import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, dataOf } from '../api/client.ts';
import type { Exhibitor, FloorBooth, FloorHall } from '../api/types.ts';
import { useAction } from '../api/use-action.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { LocalText } from '../i18n/LocalText.tsx';
import { BoothPlacementFields, placementOf, type Placement, type PlacementDraft } from './BoothPlacementFields.tsx';

type Props = { booth: FloorBooth; hall: FloorHall; exhibitors: Exhibitor[]; onChanged: () => void };

/** The booth the secretary clicked: give it to an exhibitor, free it, or remove it. */
export function BoothPanel({ booth, hall, exhibitors, onChanged }: Props) {
  const { t } = useTranslation('expo');
  const { problem, run } = useAction();
  const [exhibitorId, setExhibitorId] = useState('');
  // The floor is reloaded either way: after a 409 it shows who took the booth, beside the message.
  const act = async (write: () => Promise<unknown>) => {
    await run(async () => void (await write()));
    onChanged();
  };
  const path = { params: { path: { id: booth.id } } };
  return (
    <section className="card booth-panel" aria-live="polite" data-testid="booth-panel">
      <h2>{t('admin.boothTitle', { code: booth.code })}</h2>
      <p>
        <LocalText value={hall.name} />
      </p>
      {booth.exhibitor ? (
        <p>
          {t('admin.heldBy', { organisation: booth.exhibitor.organisation })}{' '}
          <button type="button" onClick={() => act(() => dataOf(api.DELETE('/api/booths/{id}/assignment', path)))}>
            {t('admin.release')}
          </button>
        </p>
      ) : (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            if (exhibitorId)
              void act(() => dataOf(api.PUT('/api/booths/{id}/assignment', { ...path, body: { exhibitorId } })));
          }}
        >
          <label>
            {t('admin.exhibitor')}
            <select value={exhibitorId} onChange={(event) => setExhibitorId(event.target.value)} required>
              <option value="">{t('admin.chooseExhibitor')}</option>
              {exhibitors.map((exhibitor) => (
                <option key={exhibitor.id} value={exhibitor.id}>
                  {exhibitor.organisation}
                  {exhibitor.booths.length > 0
                    ? ` (${exhibitor.booths.map((held) => held.code).join(t('translation:common.listSeparator'))})`
                    : ''}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">{t('admin.assign')}</button>
        </form>
      )}
      <BoothPlacementForm
        booth={booth}
        onSubmit={(changes) => act(() => dataOf(api.PATCH('/api/booths/{id}', { ...path, body: changes })))}
      />
      <p>
        <button
          type="button"
          className="link-button"
          onClick={() =>
            window.confirm(t('admin.confirmDelete', { code: booth.code })) &&
            void act(() => dataOf(api.DELETE('/api/booths/{id}', path)))
          }
        >
          {t('admin.deleteBooth')}
        </button>
      </p>
      {problem && <ProblemMessage problem={problem} />}
    </section>
  );
}

/** Moves, resizes or renames the booth; the server refuses overlaps and booths beyond the walls. */
function BoothPlacementForm({ booth, onSubmit }: { booth: FloorBooth; onSubmit: (changes: Placement) => void }) {
  const { t } = useTranslation('expo');
  const [draft, setDraft] = useState<PlacementDraft>({
    code: booth.code,
    xM: String(booth.xM),
    yM: String(booth.yM),
    widthM: String(booth.widthM),
    depthM: String(booth.depthM),
  });
  return (
    <form
      className="form"
      aria-label={t('admin.placement')}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(placementOf(draft));
      }}
    >
      <BoothPlacementFields value={draft} onChange={setDraft} />
      <button type="submit">{t('admin.move')}</button>
    </form>
  );
}
