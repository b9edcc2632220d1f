import { useCallback, useState } from 'react';
import type { TransitNetwork, TransitParameters } from '../api/types.ts';
import { useApi, type Loadable } from '../api/use-api.ts';
import type { Locale } from '../i18n/locales.ts';

export type TransitNetworkData = {
  network: Loadable<TransitNetwork>;
  parameters: Loadable<TransitParameters>;
  refresh: () => void;
};

/** The network and the model's parameters, loaded together and reloaded together after any change. */
export function useTransitNetwork(locale: Locale): TransitNetworkData {
  const [generation, setGeneration] = useState(0);
  const network = useApi<TransitNetwork>('/api/transit/network', `${locale}|${generation}`);
  const parameters = useApi<TransitParameters>('/api/transit/parameters', `${locale}|${generation}`);
  const refresh = useCallback(() => setGeneration((value) => value + 1), []);
  return { network, parameters, refresh };
}
