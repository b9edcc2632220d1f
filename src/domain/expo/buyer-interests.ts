import type { Database, Executor } from '../../platform/db/client.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/http/errors.ts';
import type { Actor } from '../accounts/model.ts';
import { can } from '../accounts/permissions.ts';
import { recordAudit } from '../audit/service.ts';
import { provinceExists } from '../provinces/service.ts';
import { createBuyerInterestsRepository } from './buyer-interests-repository.ts';
import { assertExpoExists, listAllExhibitors, listExhibitorsSharingHsCodes, type WriteContext } from './exhibitors.ts';
import type { BuyerInterest, BuyerInterestContent, Exhibitor } from './model.ts';
import { matchExhibitors } from './rules.ts';

export type MatchedExhibitor = Pick<Exhibitor, 'id' | 'organisation' | 'provinceId' | 'hsCodes'>;
export type BuyerInterestWithMatches = BuyerInterest & { matches: MatchedExhibitor[] };

export async function createBuyerInterest(
  db: Database,
  context: WriteContext,
  expoId: string,
  content: BuyerInterestContent,
): Promise<BuyerInterestWithMatches> {
  if (!can(context.actor, 'buyer_interest.write', { organisation: content.organisation }))
    throw new AppError('forbidden');
  await assertExpoExists(db, expoId);
  if (content.provinceId && !(await provinceExists(db, content.provinceId)))
    throw new AppError('province_not_found', { id: content.provinceId });
  const created = await inTransaction(db, async (tx) => {
    const interest = await createBuyerInterestsRepository(tx).insert({
      ...content,
      expoId,
      ownerUserId: context.actor?.userId ?? null,
      createdAt: context.now,
      isDemo: false,
    });
    await recordAudit(tx, context.audit, {
      action: 'buyer_interest.create',
      entityType: 'buyer_interest',
      entityId: interest.id,
      after: interest,
    });
    return interest;
  });
  return withMatches([created], await listExhibitorsSharingHsCodes(db, expoId, created.hsCodes))[0]!;
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
export async function listBuyerInterests(
  db: Executor,
  actor: Actor | null,
  expoId: string,
): Promise<BuyerInterestWithMatches[]> {
  if (!actor) throw new AppError('not_authenticated');
  await assertExpoExists(db, expoId);
  const [interests, exhibitors] = await Promise.all([
    createBuyerInterestsRepository(db).list(expoId),
    listAllExhibitors(db, expoId),
  ]);
  return withMatches(interests, exhibitors);
}
