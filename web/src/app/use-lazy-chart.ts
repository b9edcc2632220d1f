import { useEffect, useRef, type DependencyList, type RefObject } from 'react';

export type DrawnChart = { resize: () => void; dispose: () => void };

/**
 * A chart whose library is its own chunk: `draw` imports it and draws into the element, again
 * whenever `deps` change; the chart follows its element's size and is disposed when it goes.
 * A null `draw` (nothing to show) draws nothing.
 */
export function useLazyChart(
  draw: ((target: HTMLDivElement) => Promise<DrawnChart>) | null,
  deps: DependencyList,
): RefObject<HTMLDivElement | null> {
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
    // The caller names what the drawing depends on; `draw` itself is a new function every render.
  }, deps);
  return element;
}
