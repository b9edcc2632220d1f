import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SectionHead } from './SectionHead.tsx';
import { useEditing } from './use-editing.ts';
import type { TransitLeg, TransitNode, TransitParameter } from '../api/types.ts';
import type { Locale } from '../i18n/locales.ts';
import { pickText } from '../i18n/pick-text.ts';
import { LegFilters, type LegFilter } from './LegFilters.tsx';
import { LegForm } from './LegForm.tsx';
import { LegsTable } from './LegsTable.tsx';

type Props = {
  legs: TransitLeg[];
  nodes: TransitNode[];
  parameters: readonly TransitParameter[];
  canEdit: boolean;
  onChanged: () => void;
};

/** The legs, filterable by mode and status, with a form above the table for the leg being edited or added. */
export function LegsSection({ legs, nodes, parameters, canEdit, onChanged }: Props) {
  const { i18n } = useTranslation('transitNetwork');
  const locale = i18n.language as Locale;
  const [filter, setFilter] = useState<LegFilter>({ mode: '', status: '' });
  const { editing, savedId, open, saved, cancel } = useEditing(onChanged);
  const names = useMemo(
    () => new Map(nodes.map((node) => [node.id, pickText(node.names, locale)?.text ?? node.id])),
    [nodes, locale],
  );
  const nodeName = (id: string) => names.get(id) ?? id;
  const choices = useMemo(
    () => [...names].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, locale)),
    [names, locale],
  );
  const shown = legs.filter(
    (leg) => (!filter.mode || leg.mode === filter.mode) && (!filter.status || leg.status === filter.status),
  );
  const leg = legs.find((candidate) => candidate.id === editing);
  return (
    <section className="transit-section" id="legs" aria-labelledby="legs-title">
      <SectionHead section="legs" canAdd={canEdit && editing !== 'new'} onAdd={() => open('new')} savedId={savedId} />
      {canEdit && editing && (editing === 'new' || leg) && (
        <LegForm key={editing} leg={leg} nodes={choices} onSaved={saved} onCancel={cancel} />
      )}
      <LegFilters filter={filter} onChange={setFilter} shown={shown.length} total={legs.length} />
      <LegsTable
        legs={shown}
        nodeName={nodeName}
        parameters={parameters}
        canEdit={canEdit}
        editingId={editing}
        onEdit={open}
        onChanged={onChanged}
      />
    </section>
  );
}
