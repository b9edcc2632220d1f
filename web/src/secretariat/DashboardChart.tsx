import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type ChartDrawing, useLazyChart } from '../app/use-lazy-chart.ts';
import { formatNumber } from '../i18n/format.ts';
import { LOCALE_DIRECTION, type Locale } from '../i18n/locales.ts';
import { chartColors, formatShare, hasFigures } from './chart-data.ts';
import type { ChartSpec } from './dashboard-charts.ts';

function heightOf(spec: ChartSpec): number {
  if (spec.kind === 'donut') return 260;
  if (spec.kind === 'columns') return 260;
  return spec.labels.length * (spec.series.length > 1 ? 44 : 32) + (spec.series.length > 1 ? 76 : 40);
}

/**
 * The chart library is its own chunk, fetched when the first chart is shown; the table beside it
 * carries the same numbers for screen readers. A figure with nothing above zero draws nothing:
 * its card says so in words instead.
 */
export function DashboardChart({ spec, testId }: { spec: ChartSpec; testId: string }) {
  const { i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const drawable = spec.labels.length > 0 && hasFigures(spec.series.map((series) => series.values));
  const draw = useMemo<ChartDrawing | null>(
    () =>
      drawable
        ? async (target) => {
            const { drawDashboardChart } = await import('./dashboard-charts.ts');
            const style = getComputedStyle(target);
            return drawDashboardChart(target, spec, {
              rtl: LOCALE_DIRECTION[locale] === 'rtl',
              fontFamily: style.fontFamily,
              colors: chartColors(style.getPropertyValue('--sea').trim(), style.getPropertyValue('--accent').trim()),
              formatCount: (value) => formatNumber(value, locale),
              formatShare: (share) => formatShare(share, locale),
            });
          }
        : null,
    [spec, locale, drawable],
  );
  const element = useLazyChart(draw);
  if (!drawable) return null;
  // The chart lays its labels out itself; an inherited right-to-left direction would flip each SVG text about its anchor.
  return (
    <div
      ref={element}
      dir="ltr"
      className={`dashboard-chart dashboard-chart-${spec.kind}`}
      aria-hidden="true"
      data-testid={testId}
      style={{ blockSize: `${heightOf(spec)}px` }}
    />
  );
}
