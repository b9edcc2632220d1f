import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { DrawnChart } from '../app/use-lazy-chart.ts';
import { categoryLabelWidth, slicesOf } from './chart-data.ts';

echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/** Bars across (categories down the side), columns over time, or shares of a whole. */
export type ChartKind = 'bars' | 'columns' | 'donut';
export type ChartSeries = { name: string; values: number[] };
export type ChartSpec = { kind: ChartKind; labels: string[]; series: ChartSeries[] };
export type ChartOptions = {
  rtl: boolean;
  fontFamily: string;
  formatCount: (value: number) => string;
  /** A share of the whole (0 to 1) as a percentage in the reader's digits. */
  formatShare: (share: number) => string;
  colors: string[];
};

/**
 * Charts of the dashboard, drawn as SVG so that labels stay text shaped by the browser. In a
 * right-to-left page bars grow from the right and time runs from right to left.
 */
export function drawDashboardChart(element: HTMLElement, spec: ChartSpec, options: ChartOptions): DrawnChart {
  const chart = echarts.init(element, null, { renderer: 'svg' });
  // Names beside bars take a third of the chart: a narrower chart cuts them shorter.
  let labelWidth = categoryLabelWidth(element.clientWidth);
  chart.setOption({
    animation: false,
    color: options.colors,
    textStyle: { fontFamily: options.fontFamily },
    ...optionFor(spec, options, labelWidth),
  });
  const resize = () => {
    const width = categoryLabelWidth(element.clientWidth);
    if (spec.kind === 'bars' && width !== labelWidth) {
      labelWidth = width;
      chart.setOption({ yAxis: { axisLabel: { width } } });
    }
    chart.resize();
  };
  return { resize, dispose: () => chart.dispose() };
}

function optionFor(spec: ChartSpec, options: ChartOptions, labelWidth: number): Record<string, unknown> {
  const count = { formatter: (params: { value: number }) => options.formatCount(params.value) };
  const legend =
    spec.series.length > 1
      ? { legend: { top: 0, right: options.rtl ? 0 : undefined, left: options.rtl ? undefined : 0 } }
      : {};
  const tooltip = {
    trigger: spec.kind === 'donut' ? 'item' : 'axis',
    valueFormatter: (value: number) => options.formatCount(value),
  };
  if (spec.kind === 'donut') return donutOption(spec, options);
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
  // One line per name, cut with an ellipsis: a wrapped name would run into the next bar's. The
  // tooltip (trigger 'axis') heads its figures with the whole name, as does the table beside.
  return {
    tooltip,
    ...legend,
    grid: { left: 24, right: 24, top, bottom: 8, containLabel: true },
    xAxis: { ...valueAxis, inverse: options.rtl },
    yAxis: {
      ...categoryAxis,
      inverse: true,
      position: options.rtl ? 'right' : 'left',
      axisLabel: { width: labelWidth, overflow: 'truncate', ellipsis: '…', fontSize: 13, interval: 0 },
    },
    series: bars,
  };
}

/**
 * A ring without names around it: the legend beside the chart (the table, with a colour swatch,
 * the count and the share of each row) names every slice. The ring writes the share only on a
 * slice large enough to hold it, and leaves out empty slices, so no two labels can meet.
 */
function donutOption(spec: ChartSpec, options: ChartOptions): Record<string, unknown> {
  const drawn = slicesOf(spec.series[0]?.values ?? []).filter((slice) => slice.drawn);
  return {
    tooltip: {
      trigger: 'item',
      // A formatter's string is HTML: the name is escaped, the figures are digits and signs.
      formatter: (params: { dataIndex: number; name: string; value: number }) => {
        const share = options.formatShare(drawn[params.dataIndex]?.share ?? 0);
        return `${echarts.format.encodeHTML(params.name)}: ${options.formatCount(params.value)} (${share})`;
      },
    },
    series: [
      {
        type: 'pie',
        radius: ['45%', '75%'],
        avoidLabelOverlap: true,
        labelLine: { show: false },
        data: drawn.map((slice) => ({
          name: spec.labels[slice.index] ?? '',
          value: slice.value,
          itemStyle: { color: options.colors[slice.index % options.colors.length] },
          label: { show: slice.inlineLabel },
        })),
        label: {
          position: 'inside',
          color: '#fff',
          fontWeight: 700,
          formatter: (params: { dataIndex: number }) => options.formatShare(drawn[params.dataIndex]?.share ?? 0),
        },
      },
    ],
  };
}
