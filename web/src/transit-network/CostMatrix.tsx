import { useTranslation } from 'react-i18next';
import type { TransitParameter } from '../api/types.ts';
import { formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { EditButton } from './EditButton.tsx';
import { costMatrix } from './parameter-groups.ts';
import { parameterLabel } from './parameter-keys.ts';
import { ParameterProvenance } from './ParameterProvenance.tsx';
import { withReferenceWords } from '../app/reference-words.ts';

type Props = {
  parameters: TransitParameter[];
  canEdit: boolean;
  editingKey: string | null;
  onEdit: (key: string) => void;
};

/** Freight rates as mode × cargo, the way rate cards are read; each rate's source and note follow below. */
export function CostMatrix({ parameters, canEdit, editingKey, onEdit }: Props) {
  const { t, i18n } = useTranslation('transitNetwork');
  const locale = i18n.language as Locale;
  const matrix = costMatrix(parameters);
  return (
    <>
      <div className="table-scroll">
        <table className="table cost-matrix">
          <caption>{t('parameters.costUnit')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('parameters.mode')}</th>
              {matrix.cargoTypes.map((cargo) => (
                <th scope="col" key={cargo}>
                  {t(`cargo.${cargo}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.mode}>
                <th scope="row">{t(`mode.${row.mode}`)}</th>
                {row.cells.map(({ cargo, parameter: cell }) => (
                  <td
                    key={cargo}
                    className={cell?.key === editingKey ? 'editing' : undefined}
                    data-parameter-key={cell?.key}
                  >
                    {cell && (
                      <div className="matrix-cell">
                        <span className="parameter-value">
                          {formatNumber(cell.value, locale, { maximumFractionDigits: 3 })}
                        </span>
                        <ParameterProvenance parameter={cell} />
                        {canEdit && (
                          <EditButton
                            label={t('parameters.editLabel', { label: parameterLabel(cell.key, t) })}
                            onClick={() => onEdit(cell.key)}
                          />
                        )}
                      </div>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <details className="matrix-notes">
        <summary>{t('parameters.matrixNotes')}</summary>
        <dl>
          {parameters.map((parameter) => (
            <div key={parameter.key}>
              <dt>{parameterLabel(parameter.key, t)}</dt>
              <dd className="team-note" dir="auto">
                {parameter.note && withReferenceWords(parameter.note)}
              </dd>
            </div>
          ))}
        </dl>
      </details>
    </>
  );
}
