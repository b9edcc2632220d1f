import { useEffect, useRef, type RefObject } from 'react';

export type DrawnChart = { resize: () => void; dispose: () => void };

export type ChartDrawing = (target: HTMLDivElement) => Promise<DrawnChart>;

/**
 * A chart whose library is its own chunk: `draw` imports it and draws into the element, again
 * whenever `draw` changes (the caller memoises it on what the drawing depends on); the chart
 * follows its element's size and is disposed when it goes. A null `draw` (nothing to show) draws nothing.
 */
export function useLazyChart(draw: ChartDrawing | null): RefObject<HTMLDivElement | null> {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const target = element.current;
    if (!target || !draw) return;
    let chart: DrawnChart | null = null;
    let cancelled = false;
    // The element may still be laid out at zero width when the chart is first drawn (a grid
    // column settling, a slow machine): the observer redraws it at the size it ends up with.
    const observer = new ResizeObserver(() => chart?.resize());
    void draw(target).then((drawn) => {
      if (cancelled) return drawn.dispose();
      chart = drawn;
      chart.resize();
      observer.observe(target);
    });
    return () => {
      cancelled = true;
      observer.disconnect();
      chart?.dispose();
    };
  }, [draw]);
  return element;
}
