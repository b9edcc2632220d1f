import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TransitNode } from '../api/types.ts';
import { NodeForm } from './NodeForm.tsx';
import { NodesTable } from './NodesTable.tsx';

type Props = { nodes: TransitNode[]; canEdit: boolean; onChanged: () => void };

/** The nodes, with a form above the table for the node being edited or added. */
export function NodesSection({ nodes, canEdit, onChanged }: Props) {
  const { t } = useTranslation('transitNetwork');
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [savedId, setSavedId] = useState<string | null>(null);
  const node = nodes.find((candidate) => candidate.id === editing);
  const open = (id: string | 'new') => {
    setSavedId(null);
    setEditing(id);
  };
  const saved = (id: string) => {
    setEditing(null);
    setSavedId(id);
    onChanged();
  };
  return (
    <section className="transit-section" id="nodes" aria-labelledby="nodes-title">
      <div className="section-head">
        <h2 id="nodes-title">{t('nodes.title')}</h2>
        {canEdit && editing !== 'new' && (
          <button type="button" className="secondary-button" onClick={() => open('new')}>
            {t('nodes.add')}
          </button>
        )}
      </div>
      <p className="hint">{t('nodes.intro')}</p>
      {savedId && (
        <p className="saved-note" role="status">
          {t('nodes.saved', { id: savedId })}
        </p>
      )}
      {canEdit && editing && (editing === 'new' || node) && <NodeForm key={editing} node={node} onSaved={saved} onCancel={() => setEditing(null)} />}
      <NodesTable nodes={nodes} canEdit={canEdit} editingId={editing} onEdit={open} />
    </section>
  );
}
