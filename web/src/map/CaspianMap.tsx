// SVG map of the Caspian region drawn from geometry shipped with the app (no tiles, no CDN).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createFrame, shapePath } from './map-geometry.ts';
import type { MapFrame } from './map-geometry.ts';
import { labelScale, layoutMap, MAP_WIDTH } from './map-layout.ts';
import type { SeaLabel } from './map-layout.ts';
import { MapLegend } from './MapLegend.tsx';
import { PortMarker, ProvinceMarker } from './MapMarkers.tsx';
import type { CaspianMapProps } from './map-types.ts';
import { useElementWidth } from './use-element-width.ts';
import { useRegionCountries } from './use-region-countries.ts';
import type { RegionCountriesState } from './use-region-countries.ts';
import './caspian-map.css';

export type { CaspianMapProps, MapPort, MapProvince } from './map-types.ts';

function CountryLayer({ frame, state }: { frame: MapFrame; state: RegionCountriesState }) {
  const shapes = state.status === 'ready' ? state.shapes : [];
  const paths = useMemo(
    () => shapes.map((s) => ({ id: s.id, participant: s.participant, d: shapePath(frame, s.feature) })),
    [frame, shapes],
  );
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: biome counts SVG elements without an implicit role as focusable (biomejs/biome#7716); this <g> of plain paths has no tabindex and nothing focusable inside.
    <g className="caspian-map__countries" aria-hidden="true">
      {paths.map((p) => (
        <path
          key={p.id}
          d={p.d}
          data-country-id={p.id}
          className={p.participant ? 'caspian-map__country caspian-map__country--participant' : 'caspian-map__country'}
        />
      ))}
    </g>
  );
}

function SeaName({ label }: { label: SeaLabel }) {
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: biome counts SVG elements without an implicit role as focusable (biomejs/biome#7716); an SVG <text> is not focusable; the sea's name is a visual label only.
    <text
      className="caspian-map__sea"
      x={label.x}
      y={label.y}
      textAnchor="middle"
      style={{ fontSize: label.fontSize }}
      aria-hidden="true"
    >
      {label.lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one label in reading order, laid out by their place (dy); they never reorder and a word may repeat.
        <tspan key={i} x={label.x} dy={i === 0 ? 0 : label.lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

export function CaspianMap({
  provinces,
  ports,
  highlightProvinceId,
  title,
  className,
  overlay,
  onLinkClick,
}: CaspianMapProps) {
  const { t } = useTranslation();
  const [ref, renderedWidth] = useElementWidth<HTMLDivElement>();
  const scale = labelScale(renderedWidth);
  const frame = useMemo(() => createFrame(MAP_WIDTH), []);
  const countries = useRegionCountries();
  const seaLabel = t('map.caspianSea');
  const layout = useMemo(
    () => layoutMap(frame, provinces, ports, { highlightProvinceId, seaLabel, scale }),
    [frame, provinces, ports, highlightProvinceId, seaLabel, scale],
  );
  return (
    <div ref={ref} className={className ? `caspian-map ${className}` : 'caspian-map'}>
      {/* biome-ignore lint/a11y/useSemanticElements: an <svg> cannot be a <fieldset>; role="group" names the map, whose province links stay reachable inside it. */}
      <svg
        className="caspian-map__svg"
        viewBox={`0 0 ${frame.width} ${frame.height}`}
        role="group"
        aria-label={title}
        aria-busy={countries.status === 'loading'}
      >
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: biome counts SVG elements without an implicit role as focusable (biomejs/biome#7716); a <rect> is not focusable. */}
        <rect className="caspian-map__water" width={frame.width} height={frame.height} aria-hidden="true" />
        <CountryLayer frame={frame} state={countries} />
        {layout.sea && <SeaName label={layout.sea} />}
        {overlay?.(frame, scale)}
        <g className="caspian-map__provinces" style={{ fontSize: layout.fontSize }}>
          {layout.provinces.map((mark) => (
            <ProvinceMarker key={mark.province.id} mark={mark} onClick={onLinkClick} />
          ))}
        </g>
        <g className="caspian-map__ports">
          {layout.ports.map((mark) => (
            <PortMarker key={mark.port.id} mark={mark} onClick={onLinkClick} />
          ))}
        </g>
      </svg>
      <MapLegend
        showHost={layout.provinces.some((p) => p.isHost)}
        showHighlight={layout.provinces.some((p) => p.isHighlighted)}
        status={countries.status}
      />
    </div>
  );
}

export default CaspianMap;
