import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { DrawnChart } from '../app/use-lazy-chart.ts';

echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/** Bars across (categories down the side), columns over time, or shares of a whole. */
export type ChartKind = 'bars' | 'columns' | 'donut';
export type ChartSeries = { name: string; values: number[] };
export type ChartSpec = { kind: ChartKind; labels: string[]; series: ChartSeries[] };
export type ChartOptions = {
  rtl: boolean;
  fontFamily: string;
  formatCount: (value: number) => string;
  colors: string[];
};

/**
 * Charts of the dashboard, drawn as SVG so that labels stay text shaped by the browser. In a
 * right-to-left page bars grow from the right and time runs from right to left.
 */
export function drawDashboardChart(element: HTMLElement, spec: ChartSpec, options: ChartOptions): DrawnChart {
  const chart = echarts.init(element, null, { renderer: 'svg' });
  chart.setOption({
    animation: false,
    color: options.colors,
    textStyle: { fontFamily: options.fontFamily },
    ...optionFor(spec, options),
  });
  return { resize: () => chart.resize(), dispose: () => chart.dispose() };
}

function optionFor(spec: ChartSpec, options: ChartOptions): Record<string, unknown> {
  const count = { formatter: (params: { value: number }) => options.formatCount(params.value) };
  const legend =
    spec.series.length > 1
      ? { legend: { top: 0, right: options.rtl ? 0 : undefined, left: options.rtl ? undefined : 0 } }
      : {};
  const tooltip = {
    trigger: spec.kind === 'donut' ? 'item' : 'axis',
    valueFormatter: (value: number) => options.formatCount(value),
  };
  if (spec.kind === 'donut') {
    return {
      tooltip,
      series: [
        {
          type: 'pie',
          radius: ['45%', '75%'],
          data: spec.labels.map((label, index) => ({ name: label, value: spec.series[0]?.values[index] ?? 0 })),
          label: {
            formatter: (params: { name: string; value: number }) =>
              `${params.name}\n${options.formatCount(params.value)}`,
          },
        },
      ],
    };
  }
  const top = spec.series.length > 1 ? 36 : 8;
  const valueAxis = { type: 'value', minInterval: 1, axisLabel: { formatter: options.formatCount } };
  const categoryAxis = { type: 'category', data: spec.labels, axisTick: { show: false } };
  const bars = spec.series.map((series) => ({
    type: 'bar',
    name: series.name,
    data: series.values,
    barMaxWidth: 22,
    label: { show: true, position: spec.kind === 'bars' ? (options.rtl ? 'left' : 'right') : 'top', ...count },
  }));
  if (spec.kind === 'columns') {
    return {
      tooltip,
      ...legend,
      grid: { left: 24, right: 24, top, bottom: 8, containLabel: true },
      xAxis: { ...categoryAxis, inverse: options.rtl, axisLabel: { interval: 0, width: 110, overflow: 'break' } },
      yAxis: { ...valueAxis, position: options.rtl ? 'right' : 'left' },
      series: bars,
    };
  }
  return {
    tooltip,
    ...legend,
    grid: { left: 24, right: 24, top, bottom: 8, containLabel: true },
    xAxis: { ...valueAxis, inverse: options.rtl },
    yAxis: {
      ...categoryAxis,
      inverse: true,
      position: options.rtl ? 'right' : 'left',
      axisLabel: { width: 220, overflow: 'break', fontSize: 13 },
    },
    series: bars,
  };
}
