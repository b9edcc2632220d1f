// Province links and port markers drawn on top of the country shapes.
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PortMark, ProvinceMark } from './map-layout.ts';

function provinceTitleKey(mark: ProvinceMark): string {
  if (mark.isHost && mark.isHighlighted) return 'map.provinceHostSelected';
  if (mark.isHost) return 'map.provinceHost';
  if (mark.isHighlighted) return 'map.provinceSelected';
  return '';
}

function provinceClass(mark: ProvinceMark): string {
  const classes = ['caspian-map__province'];
  if (mark.isHost) classes.push('caspian-map__province--host');
  if (mark.isHighlighted) classes.push('caspian-map__province--highlight');
  return classes.join(' ');
}

// The anchors are SVG <a> elements at run time, whatever JSX's types for `a` say.
type LinkClick = ((event: MouseEvent<Element>) => void) | undefined;

export function ProvinceMarker({ mark, onClick }: { mark: ProvinceMark; onClick?: LinkClick }) {
  const { t } = useTranslation();
  const { province, label } = mark;
  const key = provinceTitleKey(mark);
  const title = key ? t(key, { name: province.name }) : province.name;
  return (
    <a
      href={province.href}
      className={provinceClass(mark)}
      data-province-id={province.id}
      aria-current={mark.isHighlighted ? 'true' : undefined}
      onClick={onClick}
    >
      <title>{title}</title>
      {mark.isHost && <circle className="caspian-map__host-ring" cx={mark.x} cy={mark.y} r={mark.r + 3} />}
      <circle className="caspian-map__dot" cx={mark.x} cy={mark.y} r={mark.r} />
      {label && (
        <text className="caspian-map__label" x={label.x} y={label.y} textAnchor={label.anchor}>
          {province.name}
        </text>
      )}
    </a>
  );
}

function PortShape({ mark }: { mark: PortMark }) {
  const { half } = mark;
  return (
    <>
      <title>{mark.port.name}</title>
      {mark.moved && (
        <line className="caspian-map__leader" x1={mark.anchorX} y1={mark.anchorY} x2={mark.x} y2={mark.y} />
      )}
      <rect className="caspian-map__port-mark" x={mark.x - half} y={mark.y - half} width={half * 2} height={half * 2} />
    </>
  );
}

export function PortMarker({ mark, onClick }: { mark: PortMark; onClick?: LinkClick }) {
  if (mark.port.href) {
    return (
      <a href={mark.port.href} className="caspian-map__port" data-port-id={mark.port.id} onClick={onClick}>
        <PortShape mark={mark} />
      </a>
    );
  }
  return (
    // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: biome takes an SVG <g> for an interactive element (biomejs/biome#7716); a port without a page is a labelled picture, not a link.
    <g className="caspian-map__port" role="img" aria-label={mark.port.name} data-port-id={mark.port.id}>
      <PortShape mark={mark} />
    </g>
  );
}
