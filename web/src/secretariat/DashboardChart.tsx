import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type ChartDrawing, useLazyChart } from '../app/use-lazy-chart.ts';
import { formatNumber } from '../i18n/format.ts';
import { LOCALE_DIRECTION, type Locale } from '../i18n/locales.ts';
import type { ChartSpec } from './dashboard-charts.ts';

const FALLBACK_COLORS = [
  '#1f6f8b',
  '#c0772b',
  '#5b8c5a',
  '#8e5ea2',
  '#b8474a',
  '#4a7fb8',
  '#9c8a3d',
  '#5b6b78',
  '#2f9c95',
];

function heightOf(spec: ChartSpec): number {
  if (spec.kind === 'donut') return 280;
  if (spec.kind === 'columns') return 260;
  return spec.labels.length * (spec.series.length > 1 ? 44 : 32) + (spec.series.length > 1 ? 76 : 40);
}

/** The chart library is its own chunk, fetched when the first chart is shown; the table beside it carries the same numbers for screen readers. */
export function DashboardChart({ spec, testId }: { spec: ChartSpec; testId: string }) {
  const { i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const draw = useMemo<ChartDrawing | null>(
    () =>
      spec.labels.length === 0
        ? null
        : async (target) => {
            const { drawDashboardChart } = await import('./dashboard-charts.ts');
            const style = getComputedStyle(target);
            const sea = style.getPropertyValue('--sea').trim();
            const accent = style.getPropertyValue('--accent').trim();
            return drawDashboardChart(target, spec, {
              rtl: LOCALE_DIRECTION[locale] === 'rtl',
              fontFamily: style.fontFamily,
              colors: [sea || FALLBACK_COLORS[0]!, accent || FALLBACK_COLORS[1]!, ...FALLBACK_COLORS.slice(2)],
              formatCount: (value) => formatNumber(value, locale),
            });
          },
    [spec, locale],
  );
  const element = useLazyChart(draw);
  // The chart lays its labels out itself; an inherited right-to-left direction would flip each SVG text about its anchor.
  return (
    <div
      ref={element}
      dir="ltr"
      className="dashboard-chart"
      aria-hidden="true"
      data-testid={testId}
      style={{ blockSize: `${heightOf(spec)}px` }}
    />
  );
}
