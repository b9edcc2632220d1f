import { useCallback, useState } from 'react';
import { useApi } from '../api/use-api.ts';
import type { Locale } from '../i18n/locales.ts';

/**
 * What the network editor works on: the network and the model's parameters, loaded together and
 * reloaded together after any change. (The planner loads the network its own way, with names.)
 */
export function useNetworkEditorData(locale: Locale) {
  const [generation, setGeneration] = useState(0);
  const network = useApi('/api/transit/network', undefined, `${locale}|${generation}`);
  const parameters = useApi('/api/transit/parameters', undefined, `${locale}|${generation}`);
  const refresh = useCallback(() => setGeneration((value) => value + 1), []);
  return { network, parameters, refresh };
}
