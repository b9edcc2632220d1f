import { useTranslation } from 'react-i18next';
import type { TransitParameter } from '../api/types.ts';
import { ActionsHeader } from './ActionsHeader.tsx';
import { EditButton } from './EditButton.tsx';
import type { GroupLayout } from './parameter-groups.ts';
import { parameterLabel, splitParameterKey } from './parameter-keys.ts';
import { ParameterProvenance } from './ParameterProvenance.tsx';
import { ParameterValue } from './ParameterValue.tsx';
import { withReferenceWords } from '../app/reference-words.ts';

type Props = {
  parameters: TransitParameter[];
  layout: Exclude<GroupLayout, 'matrix'>;
  canEdit: boolean;
  editingKey: string | null;
  onEdit: (key: string) => void;
};

/** One row per parameter: in a per-mode group the row is named by its mode, elsewhere by the parameter. */
export function ParametersTable({ parameters, layout, canEdit, editingKey, onEdit }: Props) {
  const { t } = useTranslation('transitNetwork');
  const rowName = (key: string) => {
    const { mode } = splitParameterKey(key);
    return layout === 'by_mode' && mode ? t(`mode.${mode}`) : parameterLabel(key, t);
  };
  return (
    <div className="table-scroll">
      <table className="table parameters-table">
        <thead>
          <tr>
            <th scope="col" className="col-name">
              {layout === 'by_mode' ? t('parameters.mode') : t('parameters.parameter')}
            </th>
            <th scope="col" className="col-value number">
              {t('parameters.value')}
            </th>
            <th scope="col" className="col-source">
              {t('parameters.source')}
            </th>
            <th scope="col">{t('parameters.note')}</th>
            {canEdit && <ActionsHeader />}
          </tr>
        </thead>
        <tbody>
          {parameters.map((parameter) => (
            <tr
              key={parameter.key}
              data-parameter-key={parameter.key}
              className={parameter.key === editingKey ? 'editing' : undefined}
            >
              <th scope="row">{rowName(parameter.key)}</th>
              <td className="number">
                <ParameterValue parameter={parameter} />
              </td>
              <td>
                <ParameterProvenance parameter={parameter} />
              </td>
              <td className="team-note" dir="auto">
                {parameter.note && withReferenceWords(parameter.note)}
              </td>
              {canEdit && (
                <td className="row-actions">
                  <EditButton
                    label={t('parameters.editLabel', { label: parameterLabel(parameter.key, t) })}
                    onClick={() => onEdit(parameter.key)}
                  />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
