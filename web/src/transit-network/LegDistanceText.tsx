import { useTranslation } from 'react-i18next';
import type { TransitLeg, TransitParameter } from '../api/types.ts';
import type { Locale } from '../i18n/locales.ts';
import { describeLegDistance } from './leg-distance.ts';
import { SourceText } from './SourceText.tsx';

/** A sourced distance with its source, or the estimate, flagged as one and showing how it was made. */
export function LegDistanceText({ leg, parameters }: { leg: TransitLeg; parameters: readonly TransitParameter[] }) {
  const { t, i18n } = useTranslation('transitNetwork');
  const distance = describeLegDistance(leg, parameters, i18n.language as Locale);
  if (distance.kind === 'sourced') {
    return (
      <span className="leg-distance">
        {t('legs.km', { km: distance.km })}
        {distance.source && (
          <small className="source">
            <SourceText source={distance.source} />
          </small>
        )}
      </span>
    );
  }
  const { km, greatCircleKm, detourFactor } = distance;
  return (
    <span className="leg-distance estimated" data-testid="estimated-distance">
      <span className="badge estimate-badge">{t('legs.estimate')}</span>{' '}
      {greatCircleKm && detourFactor
        ? t('legs.estimatedKm', { km, greatCircle: greatCircleKm, factor: detourFactor })
        : t('legs.estimatedKmOnly', { km })}
    </span>
  );
}
