import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TransitParameter } from '../api/types.ts';
import { CostMatrix } from './CostMatrix.tsx';
import { groupParameters } from './parameter-groups.ts';
import { parameterLabel } from './parameter-keys.ts';
import { ParameterForm } from './ParameterForm.tsx';
import { ParametersTable } from './ParametersTable.tsx';

type Props = { parameters: TransitParameter[]; canEdit: boolean; onChanged: () => void };

/** The cost and time model, group by group; the form for a parameter opens under its group. */
export function ParametersSection({ parameters, canEdit, onChanged }: Props) {
  const { t } = useTranslation('transitNetwork');
  const [editingKey, setEditingKey] = useState<string | null>(null);
  const [savedLabel, setSavedLabel] = useState<string | null>(null);
  const edit = (key: string) => {
    setSavedLabel(null);
    setEditingKey(key);
  };
  const saved = (key: string) => {
    setEditingKey(null);
    setSavedLabel(parameterLabel(key, t));
    onChanged();
  };
  return (
    <section className="transit-section" id="parameters" aria-labelledby="parameters-title">
      <h2 id="parameters-title">{t('parameters.title')}</h2>
      <p className="hint">{t('parameters.intro')}</p>
      {savedLabel && (
        <p className="saved-note" role="status">
          {t('parameters.saved', { label: savedLabel })}
        </p>
      )}
      {groupParameters(parameters).map((group) => {
        const editing = group.parameters.find((parameter) => parameter.key === editingKey);
        return (
          <section
            key={group.id}
            className="parameter-group"
            data-group={group.id}
            aria-labelledby={`group-${group.id}`}
          >
            <h3 id={`group-${group.id}`}>{t(`group.${group.id}`)}</h3>
            <p className="hint">{t(`groupNote.${group.id}`)}</p>
            {group.layout === 'matrix' ? (
              <CostMatrix parameters={group.parameters} canEdit={canEdit} editingKey={editingKey} onEdit={edit} />
            ) : (
              <ParametersTable
                parameters={group.parameters}
                layout={group.layout}
                canEdit={canEdit}
                editingKey={editingKey}
                onEdit={edit}
              />
            )}
            {editing && (
              <ParameterForm
                key={editing.key}
                parameter={editing}
                onSaved={() => saved(editing.key)}
                onCancel={() => setEditingKey(null)}
              />
            )}
          </section>
        );
      })}
    </section>
  );
}
