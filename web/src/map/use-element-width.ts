// Rendered width of an element, kept up to date with a ResizeObserver.
import { useLayoutEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';

export function useElementWidth<T extends Element>(): [RefObject<T | null>, number | undefined] {
  const ref = useRef<T | null>(null);
  const [width, setWidth] = useState<number | undefined>(undefined);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(element.getBoundingClientRect().width);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => entry && setWidth(entry.contentRect.width));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
