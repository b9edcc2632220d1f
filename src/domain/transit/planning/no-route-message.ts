import { AppError } from '../../../platform/errors/app-error.ts';
import {
  listParam,
  type MessageParam,
  phraseParam,
  termParam,
  textParam,
} from '../../../platform/errors/message-params.ts';
import type { BlockedLeg, TransitNetwork } from '../model.ts';

/**
 * "No route": the blocked legs go to the client as an extension member, and the detail names them
 * in the reader's language ("Rasht – Astara border crossing (rail) is planned, not in service, and …").
 */
export function noRouteError(network: TransitNetwork, blockedLegs: readonly BlockedLeg[]): AppError {
  return new AppError(
    'transit_no_route',
    { reasons: describeBlockedLegs(network, blockedLegs) },
    { members: { blockedLegs: blockedLegs.map(({ legId, reason }) => ({ legId, reason })) } },
  );
}

function describeBlockedLegs(network: TransitNetwork, blockedLegs: readonly BlockedLeg[]): MessageParam {
  if (blockedLegs.length === 0) return phraseParam('transitNoRoute.disconnected');
  const names = new Map(network.nodes.map((node) => [node.id, node.names]));
  const legs = new Map(network.legs.map((leg) => [leg.id, leg]));
  return listParam(
    blockedLegs.map((blocked) => {
      const leg = legs.get(blocked.legId)!;
      const legName = phraseParam('transitNoRoute.leg', {
        from: textParam(names.get(leg.fromNodeId) ?? {}),
        to: textParam(names.get(leg.toNodeId) ?? {}),
        mode: termParam(`transitNoRoute.mode.${leg.mode}`, { lowerCase: false }),
      });
      return phraseParam(`transitNoRoute.reason.${blocked.reason}`, { leg: legName });
    }),
  );
}
