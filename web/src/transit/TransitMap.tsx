import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { TransitRoute } from '../api/types.ts';
import { CaspianMap } from '../map/CaspianMap.tsx';
import type { MapFrame } from '../map/map-geometry.ts';
import { BlockedLegsOverlay } from './BlockedLegsOverlay.tsx';
import { NetworkOverlay } from './NetworkOverlay.tsx';
import type { BlockedLeg } from './no-route-problem.ts';
import { RouteOverlay } from './RouteOverlay.tsx';
import type { PlannerNetwork } from './use-planner-network.ts';

type TransitMapProps = {
  state: PlannerNetwork;
  selected: TransitRoute | null;
  preview: TransitRoute | null;
  blocked: BlockedLeg[];
};

type LegendKey = 'rail' | 'road' | 'sea' | 'notBuilt' | 'route' | 'blocked' | 'port' | 'place';

const LINE_CLASS: Partial<Record<LegendKey, string>> = {
  rail: 'transit-leg transit-leg--rail',
  road: 'transit-leg transit-leg--road',
  sea: 'transit-leg transit-leg--sea',
  notBuilt: 'transit-leg transit-leg--rail transit-leg--not-built',
  route: 'transit-route__line',
  blocked: 'transit-blocked-leg__line',
};

function LegendSwatch({ kind }: { kind: LegendKey }) {
  const line = LINE_CLASS[kind];
  return (
    <svg
      className="caspian-map__swatch transit-legend__swatch"
      viewBox="0 0 28 12"
      width="28"
      height="12"
      aria-hidden="true"
      focusable="false"
    >
      {line && <path d="M2 6 H26" className={line} />}
      {kind === 'port' && <rect className="transit-node--port" x="10" y="2" width="8" height="8" />}
      {kind === 'place' && <circle className="transit-node--city" cx="14" cy="6" r="3.5" />}
    </svg>
  );
}

function TransitLegend({ showBlocked }: { showBlocked: boolean }) {
  const { t } = useTranslation('transit');
  const keys: LegendKey[] = [
    'rail',
    'road',
    'sea',
    'notBuilt',
    'route',
    ...(showBlocked ? (['blocked'] as const) : []),
    'port',
    'place',
  ];
  return (
    <ul className="caspian-map__legend transit-legend" aria-label={t('map.legend')}>
      {keys.map((key) => (
        <li key={key}>
          <LegendSwatch kind={key} />
          <span>{t(`map.legendItem.${key}`)}</span>
        </li>
      ))}
    </ul>
  );
}

/** The home page's offline map with the network over it and the chosen route on top, its stops named. */
export function TransitMap({ state, selected, preview, blocked }: TransitMapProps) {
  const { t } = useTranslation('transit');
  const network = state.network.data;
  const overlay = useCallback(
    (frame: MapFrame, labelScale: number) => (
      <>
        {network && <NetworkOverlay frame={frame} nodes={network.nodes} legs={network.legs} names={state} />}
        {blocked.length > 0 && <BlockedLegsOverlay frame={frame} blocked={blocked} names={state} />}
        {selected && (
          <RouteOverlay frame={frame} route={selected} emphasis="selected" labelScale={labelScale} names={state} />
        )}
        {preview && preview !== selected && (
          <RouteOverlay frame={frame} route={preview} emphasis="preview" labelScale={labelScale} names={state} />
        )}
      </>
    ),
    [network, selected, preview, blocked, state],
  );
  return (
    <figure
      className={selected || blocked.length > 0 ? 'transit-map has-route' : 'transit-map'}
      data-testid="transit-map"
    >
      {/* The network's own places stand in for the home page's province and port markers. */}
      <CaspianMap title={t('map.title')} provinces={[]} ports={[]} overlay={overlay} />
      <figcaption>
        <TransitLegend showBlocked={blocked.length > 0} />
        <p className="hint">{t('map.offMap')}</p>
      </figcaption>
    </figure>
  );
}
