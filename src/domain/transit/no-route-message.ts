import type { TFunction } from 'i18next';
import { textIn, type LocalizedText } from '../../platform/i18n/localized-text.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import type { BlockedLeg, TransitNetwork } from './model.ts';

export type NamedBlockedLeg = BlockedLeg & { from: LocalizedText; to: LocalizedText; mode: string };

/** The names a "no route" message needs, taken while the network is at hand. */
export function nameBlockedLegs(network: TransitNetwork, blockedLegs: readonly BlockedLeg[]): NamedBlockedLeg[] {
  const names = new Map(network.nodes.map((node) => [node.id, node.names]));
  const legs = new Map(network.legs.map((leg) => [leg.id, leg]));
  return blockedLegs.map((blocked) => {
    const leg = legs.get(blocked.legId)!;
    return { ...blocked, from: names.get(leg.fromNodeId) ?? {}, to: names.get(leg.toNodeId) ?? {}, mode: leg.mode };
  });
}

/** "Rasht – Astara border crossing (rail) is planned, not in service, and …" in the reader's language. */
export function describeBlockedLegs(t: TFunction, locale: Locale, legs: readonly NamedBlockedLeg[]): string {
  if (legs.length === 0) return t('transitNoRoute.disconnected');
  const phrases = legs.map((leg) =>
    t(`transitNoRoute.reason.${leg.reason}`, {
      leg: t('transitNoRoute.leg', {
        from: textIn(leg.from, locale),
        to: textIn(leg.to, locale),
        mode: t(`transitNoRoute.mode.${leg.mode}`),
      }),
    }),
  );
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(phrases);
}
