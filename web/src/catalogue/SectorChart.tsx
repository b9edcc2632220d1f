import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type ChartDrawing, useLazyChart } from '../app/use-lazy-chart.ts';
import { formatNumber } from '../i18n/format.ts';
import { LOCALE_DIRECTION, type Locale } from '../i18n/locales.ts';
import type { SectorBar } from './sector-chart.ts';

const BAR_HEIGHT_PX = 34;

/** The chart library is its own chunk, fetched only when a chart is shown. The table below carries the same numbers for screen readers. */
export function SectorChart({ bars }: { bars: SectorBar[] }) {
  const { i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const draw = useMemo<ChartDrawing | null>(
    () =>
      bars.length === 0
        ? null
        : async (target) => {
            const { drawSectorChart } = await import('./sector-chart.ts');
            const style = getComputedStyle(target);
            return drawSectorChart(target, bars, {
              rtl: LOCALE_DIRECTION[locale] === 'rtl',
              fontFamily: style.fontFamily,
              color: style.getPropertyValue('--sea').trim() || '#1f6f8b',
              formatCount: (value) => formatNumber(value, locale),
            });
          },
    [bars, locale],
  );
  const element = useLazyChart(draw);
  // The chart lays its labels out itself; an inherited right-to-left direction would flip each SVG text about its anchor.
  return (
    <div
      ref={element}
      dir="ltr"
      className="sector-chart"
      aria-hidden="true"
      data-testid="sector-chart"
      style={{ blockSize: `${bars.length * BAR_HEIGHT_PX + 40}px` }}
    />
  );
}
