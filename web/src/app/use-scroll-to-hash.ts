import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';

/**
 * Scrolls to the element the address's #fragment names once the page has drawn it: the browser
 * tries only at load, before the page's data has arrived (a search hit links to `#session-…`).
 */
export function useScrollToHash(ready: boolean): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || hash.length < 2) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    target?.scrollIntoView({ block: 'start' });
    target?.classList.add('target-highlight');
  }, [ready, hash]);
}
