import { readAll } from '../../platform/db/read-all.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { RequestContext, WriteContext } from '../../platform/context/request-context.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { requirePermission } from '../../platform/identity/permissions.ts';
import { provinceExists } from '../provinces/service.ts';
import { createBuyerInterestsRepository } from './buyer-interests-repository.ts';
import { assertExpoExists, listAllExhibitors, listExhibitorsSharingHsCodes } from './exhibitors.ts';
import type { BuyerInterest, BuyerInterestContent, Exhibitor } from './model.ts';
import { matchExhibitors } from './rules.ts';

export type MatchedExhibitor = Pick<Exhibitor, 'id' | 'organisation' | 'provinceId' | 'hsCodes'>;
export type BuyerInterestWithMatches = BuyerInterest & { matches: MatchedExhibitor[] };

export async function createBuyerInterest(
  context: WriteContext,
  expoId: string,
  content: BuyerInterestContent,
): Promise<BuyerInterestWithMatches> {
  requirePermission(context.actor, 'buyer_interest.write', { organisation: content.organisation });
  await assertExpoExists(context, expoId);
  if (content.provinceId && !(await provinceExists(context, content.provinceId))) {
    throw new AppError('province_not_found', { id: content.provinceId }, { field: 'provinceId' });
  }
  const interest = await createBuyerInterestsRepository(context.db).insert({
    ...content,
    expoId,
    ownerUserId: context.actor?.userId ?? null,
    createdAt: context.now,
    isDemo: false,
  });
  await recordAudit(context, 'buyer_interest.create', 'buyer_interest', interest.id, { after: interest });
  return withMatches([interest], await listExhibitorsSharingHsCodes(context, expoId, interest.hsCodes))[0]!;
}

function withMatches(interests: BuyerInterest[], exhibitors: Exhibitor[]): BuyerInterestWithMatches[] {
  return interests.map((interest) => ({
    ...interest,
    matches: matchExhibitors(interest.hsCodes, exhibitors).map(({ id, organisation, provinceId, hsCodes }) => ({
      id,
      organisation,
      provinceId,
      hsCodes,
    })),
  }));
}

/** Buyers' interests carry their contacts' intentions, so only signed-in users read them. */
export async function listBuyerInterests(context: RequestContext, expoId: string): Promise<BuyerInterestWithMatches[]> {
  if (!context.actor) throw new AppError('not_authenticated');
  await assertExpoExists(context, expoId);
  const [interests, exhibitors] = await readAll(context.db, [
    () => createBuyerInterestsRepository(context.db).list(expoId),
    () => listAllExhibitors(context, expoId),
  ]);
  return withMatches(interests, exhibitors);
}
