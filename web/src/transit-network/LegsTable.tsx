import { useTranslation } from 'react-i18next';
import type { TransitLeg, TransitParameter } from '../api/types.ts';
import { ActionsHeader } from './ActionsHeader.tsx';
import { EditButton } from './EditButton.tsx';
import { DeleteLegButton } from './DeleteLegButton.tsx';
import { LegDistanceText } from './LegDistanceText.tsx';
import { LegStatusSelect } from './LegStatusSelect.tsx';
import { withReferenceWords } from '../app/reference-words.ts';

type Props = {
  legs: TransitLeg[];
  nodeName: (id: string) => string;
  parameters: readonly TransitParameter[];
  canEdit: boolean;
  editingId: string | null;
  onEdit: (id: string) => void;
  onChanged: () => void;
};

/** The legs; the secretariat changes a leg's status right in its row. */
export function LegsTable({ legs, nodeName, parameters, canEdit, editingId, onEdit, onChanged }: Props) {
  const { t } = useTranslation('transitNetwork');
  return (
    <div className="table-scroll">
      <table className="table legs-table">
        <thead>
          <tr>
            <th scope="col">{t('legs.route')}</th>
            <th scope="col">{t('legs.mode')}</th>
            <th scope="col">{t('legs.status')}</th>
            <th scope="col">{t('legs.distance')}</th>
            <th scope="col">{t('legs.crossings')}</th>
            <th scope="col">{t('legs.note')}</th>
            {canEdit && <ActionsHeader />}
          </tr>
        </thead>
        <tbody>
          {legs.map((leg) => {
            const label = t('legs.label', {
              from: nodeName(leg.fromNodeId),
              to: nodeName(leg.toNodeId),
              mode: t(`mode.${leg.mode}`),
            });
            return (
              <tr
                key={leg.id}
                data-leg-id={leg.id}
                data-status={leg.status}
                className={leg.id === editingId ? 'editing' : undefined}
              >
                <th scope="row">
                  {t('legs.fromTo', { from: nodeName(leg.fromNodeId), to: nodeName(leg.toNodeId) })}
                  <code className="row-id" dir="ltr">
                    {leg.id}
                  </code>
                </th>
                <td>{t(`mode.${leg.mode}`)}</td>
                <td>
                  {canEdit ? (
                    <LegStatusSelect leg={leg} label={label} onChanged={onChanged} />
                  ) : (
                    <span className={`badge status-${leg.status}`}>{t(`status.${leg.status}`)}</span>
                  )}
                </td>
                <td>
                  <LegDistanceText leg={leg} parameters={parameters} />
                </td>
                <td className="crossings">
                  {leg.crossesBorder && <span className="badge crossing-badge">{t('legs.crossesBorder')}</span>}
                  {leg.gaugeBreak && <span className="badge crossing-badge">{t('legs.gaugeBreak')}</span>}
                </td>
                <td className="team-note" dir="auto">
                  {leg.note && withReferenceWords(leg.note)}
                </td>
                {canEdit && (
                  <td className="row-actions">
                    <EditButton label={t('legs.editLabel', { leg: label })} onClick={() => onEdit(leg.id)} />
                    <DeleteLegButton legId={leg.id} label={label} onDeleted={onChanged} />
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
