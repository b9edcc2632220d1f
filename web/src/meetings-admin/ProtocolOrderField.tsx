import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../api/client.ts';
import { ChoiceSelect } from '../app/ChoiceSelect.tsx';
import { FieldErrors } from '../app/FieldErrors.tsx';
import { LabelledField } from '../app/LabelledField.tsx';
import { moveEntry } from './settings-draft.ts';

/** The provinces in protocol order after the host: add, move up or down, remove, each by a button. */
export function ProtocolOrderField({
  order,
  hostProvinceId,
  provinceIds,
  provinceName,
  problem,
  onChange,
}: {
  order: readonly string[];
  hostProvinceId: string;
  provinceIds: readonly string[];
  provinceName: (id: string | null) => string;
  problem: ApiProblem | null;
  onChange: (order: string[]) => void;
}) {
  const { t } = useTranslation('meetingsAdmin');
  const left = provinceIds.filter((id) => !order.includes(id));
  return (
    <fieldset className="protocol-order">
      <legend>{t('setup.protocolOrder')}</legend>
      <p className="hint">{t('setup.protocolHint', { host: provinceName(hostProvinceId) })}</p>
      {order.length === 0 ? (
        <p>{t('setup.noProtocol')}</p>
      ) : (
        <ol>
          {order.map((id, index) => {
            const name = provinceName(id);
            return (
              <li key={id}>
                <bdi>{name}</bdi>{' '}
                <span className="row-actions">
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('setup.moveUp', { name })}
                    title={t('setup.moveUp', { name })}
                    disabled={index === 0}
                    onClick={() => onChange(moveEntry(order, index, -1))}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('setup.moveDown', { name })}
                    title={t('setup.moveDown', { name })}
                    disabled={index === order.length - 1}
                    onClick={() => onChange(moveEntry(order, index, 1))}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('setup.removeProvince', { name })}
                    title={t('setup.removeProvince', { name })}
                    onClick={() => onChange(order.filter((other) => other !== id))}
                  >
                    ×
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
      {left.length > 0 && (
        <LabelledField label={t('setup.addProvince')} inline className="add-province">
          <ChoiceSelect<string>
            value=""
            choices={left}
            labelOf={provinceName}
            empty={t('setup.chooseProvince')}
            onChange={(id) => id && onChange([...order, id])}
          />
        </LabelledField>
      )}
      <FieldErrors problem={problem} path="protocolOrder" />
    </fieldset>
  );
}
