// HTML legend (follows the page direction) plus the loading / error status of the outlines.
import { useTranslation } from 'react-i18next';
import type { RegionCountriesState } from './use-region-countries.ts';

type Swatch = 'province' | 'host' | 'highlight' | 'port';

function SwatchIcon({ kind }: { kind: Swatch }) {
  return (
    <svg
      className="caspian-map__swatch"
      viewBox="0 0 20 20"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
    >
      {kind === 'port' ? (
        <rect className="caspian-map__port-mark" x="6" y="6" width="8" height="8" />
      ) : (
        <g
          className={
            kind === 'province' ? 'caspian-map__province' : `caspian-map__province caspian-map__province--${kind}`
          }
        >
          {kind === 'host' && <circle className="caspian-map__host-ring" cx="10" cy="10" r="8" />}
          <circle className="caspian-map__dot" cx="10" cy="10" r={kind === 'province' ? 5 : 6} />
        </g>
      )}
    </svg>
  );
}

type MapLegendProps = { showHost: boolean; showHighlight: boolean; status: RegionCountriesState['status'] };

export function MapLegend({ showHost, showHighlight, status }: MapLegendProps) {
  const { t } = useTranslation();
  const items: [Swatch, string][] = [
    ['province', t('map.legendProvince')],
    ...(showHost ? [['host', t('map.legendHost')] as [Swatch, string]] : []),
    ...(showHighlight ? [['highlight', t('map.legendHighlight')] as [Swatch, string]] : []),
    ['port', t('map.legendPort')],
  ];
  return (
    <div className="caspian-map__caption">
      <ul className="caspian-map__legend" aria-label={t('map.legendTitle')}>
        {items.map(([kind, text]) => (
          <li key={kind}>
            <SwatchIcon kind={kind} />
            <span>{text}</span>
          </li>
        ))}
      </ul>
      <p className="caspian-map__status" role="status">
        {status === 'loading' ? t('map.loading') : status === 'error' ? t('map.loadError') : ''}
      </p>
    </div>
  );
}
