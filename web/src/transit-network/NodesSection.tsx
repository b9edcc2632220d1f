import { SectionHead } from './SectionHead.tsx';
import { useEditing } from './use-editing.ts';
import type { TransitNode } from '../api/types.ts';
import { NodeForm } from './NodeForm.tsx';
import { NodesTable } from './NodesTable.tsx';

type Props = { nodes: TransitNode[]; canEdit: boolean; onChanged: () => void };

/** The nodes, with a form above the table for the node being edited or added. */
export function NodesSection({ nodes, canEdit, onChanged }: Props) {
  const { editing, savedId, open, saved, cancel } = useEditing(onChanged);
  const node = nodes.find((candidate) => candidate.id === editing);
  return (
    <section className="transit-section" id="nodes" aria-labelledby="nodes-title">
      <SectionHead section="nodes" canAdd={canEdit && editing !== 'new'} onAdd={() => open('new')} savedId={savedId} />
      {canEdit && editing && (editing === 'new' || node) && (
        <NodeForm key={editing} node={node} onSaved={saved} onCancel={cancel} />
      )}
      <NodesTable nodes={nodes} canEdit={canEdit} editingId={editing} onEdit={open} />
    </section>
  );
}
