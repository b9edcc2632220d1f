import type { TransitParameter } from '../api/types.ts';
import { AssumptionBadge } from './AssumptionBadge.tsx';
import { SourceText } from './SourceText.tsx';

/** Where a value comes from: its source, and the assumption badge when the team set it (a value can have both). */
export function ParameterProvenance({ parameter }: { parameter: Pick<TransitParameter, 'source' | 'assumption'> }) {
  return (
    <span className="provenance">
      {parameter.source && <SourceText source={parameter.source} />}
      {parameter.assumption && <AssumptionBadge />}
    </span>
  );
}
