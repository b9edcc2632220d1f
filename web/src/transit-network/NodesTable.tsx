import { useTranslation } from 'react-i18next';
import type { TransitNode } from '../api/types.ts';
import { countryName, formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { LocalText } from '../i18n/LocalText.tsx';
import { useProvinceNames } from '../provinces/use-province-names.ts';
import { ActionsHeader } from './ActionsHeader.tsx';
import { EditButton } from './EditButton.tsx';

type Props = { nodes: TransitNode[]; canEdit: boolean; editingId: string | null; onEdit: (id: string) => void };

/** The places of the network; a position the team placed without a source is marked approximate. */
export function NodesTable({ nodes, canEdit, editingId, onEdit }: Props) {
  const { t, i18n } = useTranslation('transitNetwork');
  const locale = i18n.language as Locale;
  const provinceName = useProvinceNames(locale);
  const degrees = (value: number) => formatNumber(value, locale, { maximumFractionDigits: 3 });
  const orEmpty = (value: number | null, unitKey: string) =>
    value === null ? '—' : t(unitKey, { value: formatNumber(value, locale) });
  return (
    <div className="table-scroll">
      <table className="table nodes-table">
        <thead>
          <tr>
            <th scope="col">{t('nodes.name')}</th>
            <th scope="col">{t('nodes.kind')}</th>
            <th scope="col">{t('nodes.countries')}</th>
            <th scope="col">{t('nodes.province')}</th>
            <th scope="col">{t('nodes.position')}</th>
            <th scope="col" className="number">
              {t('nodes.borderDwell')}
            </th>
            <th scope="col" className="number">
              {t('nodes.maxDraft')}
            </th>
            {canEdit && <ActionsHeader />}
          </tr>
        </thead>
        <tbody>
          {nodes.map((node) => (
            <tr key={node.id} data-node-id={node.id} className={node.id === editingId ? 'editing' : undefined}>
              <th scope="row">
                <LocalText value={node.names} />
                <code className="row-id" dir="ltr">
                  {node.id}
                </code>
              </th>
              <td>{t(`kind.${node.kind}`)}</td>
              <td>{node.countries.map((code) => countryName(code, locale)).join(t('listSeparator'))}</td>
              <td>{provinceName(node.provinceId) || '—'}</td>
              <td className="position">
                <span className="coordinates">
                  {degrees(node.lat)}
                  {t('listSeparator')}
                  {degrees(node.lon)}
                </span>
                {node.coordinatesAssumed && (
                  <span
                    className="badge approximate-badge"
                    title={node.coordinatesNote ?? t('nodes.approximateTitle')}
                    data-testid="approximate-badge"
                  >
                    {t('nodes.approximate')}
                  </span>
                )}
              </td>
              <td className="number">{orEmpty(node.borderDwellHours, 'unitValue.hours')}</td>
              <td className="number">{orEmpty(node.maxDraftM, 'unitValue.metres')}</td>
              {canEdit && (
                <td className="row-actions">
                  <EditButton label={t('nodes.editLabel', { id: node.id })} onClick={() => onEdit(node.id)} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
