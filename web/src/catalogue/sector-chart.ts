import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, TooltipComponent, SVGRenderer]);

export type SectorBar = { label: string; items: number };
export type SectorChartOptions = {
  rtl: boolean;
  fontFamily: string;
  formatCount: (value: number) => string;
  color: string;
};

/**
 * Horizontal bars, largest first. SVG keeps the labels as text, shaped by the browser in the
 * page's font; in a right-to-left page the bars grow from the right, labels on the right too.
 */
export function drawSectorChart(
  element: HTMLElement,
  bars: SectorBar[],
  options: SectorChartOptions,
): { resize: () => void; dispose: () => void } {
  const chart = echarts.init(element, null, { renderer: 'svg' });
  chart.setOption({
    animation: false,
    textStyle: { fontFamily: options.fontFamily },
    grid: { left: 24, right: 24, top: 8, bottom: 8 },
    tooltip: {
      trigger: 'item',
      formatter: (params: { name: string; value: number }) => `${params.name}: ${options.formatCount(params.value)}`,
    },
    xAxis: { type: 'value', inverse: options.rtl, minInterval: 1, axisLabel: { formatter: options.formatCount } },
    yAxis: {
      type: 'category',
      inverse: true,
      position: options.rtl ? 'right' : 'left',
      data: bars.map((bar) => bar.label),
      axisLabel: { width: 260, overflow: 'break', fontSize: 13 },
      axisTick: { show: false },
    },
    series: [
      {
        type: 'bar',
        data: bars.map((bar) => bar.items),
        itemStyle: { color: options.color, borderRadius: options.rtl ? [4, 0, 0, 4] : [0, 4, 4, 0] },
        barMaxWidth: 22,
        label: {
          show: true,
          position: options.rtl ? 'left' : 'right',
          formatter: (params: { value: number }) => options.formatCount(params.value),
        },
      },
    ],
  });
  return { resize: () => chart.resize(), dispose: () => chart.dispose() };
}
