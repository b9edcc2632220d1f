import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ExpoFloor, FloorBooth, FloorHall } from '../api/types.ts';
import { formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { pickText } from '../i18n/pick-text.ts';
import { LocalText } from '../i18n/LocalText.tsx';
import { DemoBadge } from './DemoBadge.tsx';
import { exhibitorColours, floorLegend } from './floor-colours.ts';

type Props = {
  floor: ExpoFloor;
  selectedBoothId?: string | null;
  onSelectBooth?: (booth: FloorBooth, hall: FloorHall) => void;
};

/**
 * The floor drawn from the data, one SVG per hall in metres. The plan keeps its physical left and
 * right in every language (it is a map of a real room); labels around it follow the page's direction.
 */
export function FloorPlan({ floor, selectedBoothId = null, onSelectBooth }: Props) {
  const { t, i18n } = useTranslation('expo');
  const locale = i18n.language as Locale;
  const colours = exhibitorColours(floor);
  if (floor.halls.length === 0) return <p>{t('floor.empty')}</p>;
  return (
    <div className="floor-plan">
      {floor.halls.map((hall) => (
        <figure key={hall.id} className="hall-figure">
          <figcaption>
            <LocalText value={hall.name} as="strong" /> <DemoBadge isDemo={hall.isDemo} />{' '}
            <small>
              {t('floor.hallSize', {
                width: formatNumber(hall.widthM, locale),
                depth: formatNumber(hall.depthM, locale),
              })}
            </small>
          </figcaption>
          {/* biome-ignore lint/a11y/useSemanticElements: an <svg> cannot be a <fieldset>; role="group" names the hall's booths (some of them buttons) as one set. */}
          <svg
            className="hall-svg"
            viewBox={`-0.5 -0.5 ${hall.widthM + 1} ${hall.depthM + 1}`}
            role="group"
            aria-label={pickText(hall.name, locale)?.text ?? ''}
            data-testid="hall-svg"
          >
            <rect x={0} y={0} width={hall.widthM} height={hall.depthM} className="hall-outline" />
            {hall.booths.map((booth) => {
              const colour = booth.exhibitor ? colours.get(booth.exhibitor.id) : undefined;
              const label = booth.exhibitor
                ? t('floor.boothHeld', { code: booth.code, organisation: booth.exhibitor.organisation })
                : t('floor.boothFree', { code: booth.code });
              const interactive = onSelectBooth !== undefined;
              return (
                <g
                  key={booth.id}
                  className={`booth${booth.exhibitor ? ' booth-held' : ''}${booth.id === selectedBoothId ? ' booth-selected' : ''}`}
                  data-testid="booth"
                  data-code={booth.code}
                  {...(interactive && {
                    role: 'button',
                    tabIndex: 0,
                    'aria-label': label,
                    'aria-pressed': booth.id === selectedBoothId,
                    onClick: () => onSelectBooth(booth, hall),
                    onKeyDown: (event: React.KeyboardEvent) => {
                      if (event.key === 'Enter' || event.key === ' ') {
                        event.preventDefault();
                        onSelectBooth(booth, hall);
                      }
                    },
                  })}
                >
                  <title>{label}</title>
                  <rect
                    x={booth.xM}
                    y={booth.yM}
                    width={booth.widthM}
                    height={booth.depthM}
                    fill={colour ?? '#ffffff'}
                  />
                  <text
                    x={booth.xM + booth.widthM / 2}
                    y={booth.yM + booth.depthM / 2}
                    textAnchor="middle"
                    dominantBaseline="central"
                    fontSize={Math.min(1, booth.widthM / 3)}
                  >
                    {booth.code}
                  </text>
                </g>
              );
            })}
          </svg>
        </figure>
      ))}
      <FloorLegend floor={floor} colours={colours} />
      <FloorTable floor={floor} />
    </div>
  );
}

function FloorLegend({ floor, colours }: { floor: ExpoFloor; colours: Map<string, string> }) {
  const { t, i18n } = useTranslation('expo');
  const locale = i18n.language as Locale;
  return (
    <div className="floor-legend">
      <h3>{t('floor.legend')}</h3>
      <ul>
        <li>
          <span className="swatch swatch-free" aria-hidden="true" /> {t('floor.free')}
        </li>
        {floorLegend(floor).map((entry) => (
          <li key={entry.id}>
            <span className="swatch" style={{ background: colours.get(entry.id) }} aria-hidden="true" />{' '}
            <Link to={`/${locale}/expo/exhibitors/${entry.id}`}>{entry.organisation}</Link>{' '}
            <DemoBadge isDemo={entry.isDemo} /> <small>{entry.codes.join(t('translation:common.listSeparator'))}</small>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The same information as the drawing, for screen readers and for reading at a glance. */
function FloorTable({ floor }: { floor: ExpoFloor }) {
  const { t, i18n } = useTranslation('expo');
  const locale = i18n.language as Locale;
  const metres = (value: number) => formatNumber(value, locale, { maximumFractionDigits: 2 });
  return (
    <details className="floor-table">
      <summary>{t('floor.asTable')}</summary>
      <div className="table-scroll">
        <table className="table" data-testid="floor-table">
          <caption>{t('floor.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('floor.hall')}</th>
              <th scope="col">{t('floor.booth')}</th>
              <th scope="col">{t('floor.position')}</th>
              <th scope="col">{t('floor.size')}</th>
              <th scope="col">{t('floor.exhibitor')}</th>
            </tr>
          </thead>
          <tbody>
            {floor.halls.flatMap((hall) =>
              hall.booths.map((booth) => (
                <tr key={booth.id}>
                  <td>
                    <LocalText value={hall.name} />
                  </td>
                  <th scope="row">{booth.code}</th>
                  <td>{t('floor.positionValue', { x: metres(booth.xM), y: metres(booth.yM) })}</td>
                  <td>{t('floor.sizeValue', { width: metres(booth.widthM), depth: metres(booth.depthM) })}</td>
                  <td>
                    {booth.exhibitor ? (
                      <Link to={`/${locale}/expo/exhibitors/${booth.exhibitor.id}`}>
                        {booth.exhibitor.organisation}
                      </Link>
                    ) : (
                      t('floor.free')
                    )}
                  </td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
    </details>
  );
}
