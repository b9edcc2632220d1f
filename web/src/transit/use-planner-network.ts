import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProvinceSummary, TransitLeg, TransitNetwork, TransitNode } from '../api/types.ts';
import { useApi } from '../api/use-api.ts';
import type { Locale } from '../i18n/locales.ts';
import { pickText } from '../i18n/pick-text.ts';
import { nodeName } from './transit-format.ts';

export type Place = { id: string; name: string };

/**
 * What the planner draws and names: the network and the provinces on it, with names in the reader's
 * language for every node, leg and place id it shows. (The network editor loads its own data.)
 */
export function usePlannerNetwork() {
  const { t, i18n } = useTranslation('transit');
  const locale = i18n.language as Locale;
  const network = useApi('/api/transit/network', undefined, locale);
  const provinces = useApi('/api/provinces', undefined, locale);
  const nodesById = useMemo(
    () => new Map<string, TransitNode>((network.data?.nodes ?? []).map((node) => [node.id, node])),
    [network.data],
  );
  const legsById = useMemo(
    () => new Map<string, TransitLeg>((network.data?.legs ?? []).map((leg) => [leg.id, leg])),
    [network.data],
  );
  const nameOfNode = useCallback(
    (nodeId: string) => nodeName(nodesById.get(nodeId), locale, nodeId),
    [nodesById, locale],
  );
  const nameOfLeg = useCallback(
    (legId: string) => {
      const leg = legsById.get(legId);
      if (!leg) return legId;
      return t('legName', {
        from: nameOfNode(leg.fromNodeId),
        to: nameOfNode(leg.toNodeId),
        mode: t(`mode.${leg.mode}`),
      });
    },
    [legsById, nameOfNode, t],
  );
  const places = useMemo(() => placesOf(network.data, provinces.data, locale), [network.data, provinces.data, locale]);
  return { network, nodesById, legsById, nameOfNode, nameOfLeg, places };
}

export type PlannerNetwork = ReturnType<typeof usePlannerNetwork>;

function byName(a: Place, b: Place, locale: Locale): number {
  return a.name.localeCompare(b.name, locale);
}

/** Provinces the planner can route from (those with a node on the network), and the network's own places. */
function placesOf(
  network: TransitNetwork | null,
  provinces: ProvinceSummary[] | null,
  locale: Locale,
): { provinces: Place[]; nodes: Place[] } {
  const onNetwork = new Set((network?.nodes ?? []).map((node) => node.provinceId));
  const provincePlaces = (provinces ?? [])
    .filter((province) => onNetwork.has(province.id))
    .map((province) => ({ id: province.id, name: pickText(province.names, locale)?.text ?? province.id }));
  const nodePlaces = (network?.nodes ?? []).map((node) => ({ id: node.id, name: nodeName(node, locale) }));
  return {
    provinces: provincePlaces.sort((a, b) => byName(a, b, locale)),
    nodes: nodePlaces.sort((a, b) => byName(a, b, locale)),
  };
}
