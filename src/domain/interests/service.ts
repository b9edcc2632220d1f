import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { RequestContext, WriteContext } from '../../platform/context/request-context.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { Actor } from '../../platform/identity/actor.ts';
import { can, isSecretariat } from '../../platform/identity/permissions.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import { getItem } from '../catalogue/read-items.ts';
import type { Interest } from './model.ts';
import { createInterestsRepository } from './repository.ts';
import { refusalOfInterest, senderPartyOf } from './rules.ts';

export type InterestRequest = { message: string; language: Locale; fromItemId?: string | null };

/** One party tells the other it is interested in a published offer or need: once per item. */
export async function expressInterest(
  context: WriteContext,
  itemId: string,
  request: InterestRequest,
): Promise<Interest> {
  const actor = context.actor!;
  const sender = senderPartyOf(actor);
  if (!sender) throw new AppError('interest_sender_unknown', {});
  const item = await getItem(context, itemId);
  const repo = createInterestsRepository(context.db);
  const refusal = refusalOfInterest(sender, item, await repo.existsFor(item.id, sender.party));
  if (refusal) throw new AppError(refusal, { id: item.id });
  if (request.fromItemId) await assertOwnItem(context, actor, request.fromItemId);
  const interest = await repo.insert({
    itemId: item.id,
    fromItemId: request.fromItemId ?? null,
    fromParty: sender.party,
    fromProvinceId: sender.provinceId,
    fromOrganisation: sender.organisation,
    fromUserId: actor.userId,
    toProvinceId: item.provinceId,
    toOrganisation: item.organisation?.name ?? null,
    message: request.message,
    language: request.language,
    status: 'sent',
    reply: null,
    createdAt: context.now,
    answeredAt: null,
    answeredBy: null,
  });
  if (!interest) throw new AppError('interest_duplicate', { id: item.id });
  await recordAudit(context, 'interest.send', 'interest', interest.id, { after: interest });
  return interest;
}

/** The item offered in reply must be one the sender may write (their own province's or organisation's). */
async function assertOwnItem(context: RequestContext, actor: Actor, itemId: string): Promise<void> {
  const item = await getItem(context, itemId);
  const target = { provinceId: item.provinceId, organisation: item.organisation?.name ?? null };
  if (!can(actor, 'item.write', target)) throw new AppError('forbidden', {}, { field: 'fromItemId' });
}

/** The receiving side accepts or declines, once; the secretariat may answer for anyone. */
export async function answerInterest(
  context: WriteContext,
  id: string,
  answer: { status: 'accepted' | 'declined'; reply?: string | null },
): Promise<Interest> {
  const repo = createInterestsRepository(context.db);
  const before = await repo.find(id);
  if (!before || !isVisibleTo(context.actor!, before)) throw new AppError('interest_not_found', { id });
  if (!isReceiver(context.actor!, before)) throw new AppError('forbidden', {});
  const after = await repo.answer(id, {
    status: answer.status,
    reply: answer.reply ?? null,
    answeredAt: context.now,
    answeredBy: context.actor!.userId,
  });
  if (!after) throw new AppError('interest_already_answered', { id });
  await recordAudit(context, 'interest.answer', 'interest', id, { before, after });
  return after;
}

/** What a person sees: what their party sent and what it received; the secretariat sees all. */
export function listInterests(context: RequestContext): Promise<Interest[]> {
  const actor = context.actor!;
  const repo = createInterestsRepository(context.db);
  if (isSecretariat(actor)) return repo.list({});
  const sender = senderPartyOf(actor);
  if (!sender) return Promise.resolve([]);
  return repo.list({
    fromParty: sender.party,
    toProvinceId: actor.role === 'delegation_member' ? (actor.provinceId ?? undefined) : undefined,
    toOrganisation: sender.organisation ?? undefined,
  });
}

function isReceiver(actor: Actor, interest: Interest): boolean {
  return (
    isSecretariat(actor) ||
    (actor.role === 'delegation_member' && actor.provinceId === interest.toProvinceId) ||
    (actor.organisation !== null && actor.organisation === interest.toOrganisation)
  );
}

function isVisibleTo(actor: Actor, interest: Interest): boolean {
  return isReceiver(actor, interest) || senderPartyOf(actor)?.party === interest.fromParty;
}

/** Whether the reader's side sent the interest or received it. */
export function directionOf(actor: Actor, interest: Interest): 'sent' | 'received' {
  return senderPartyOf(actor)?.party === interest.fromParty ? 'sent' : 'received';
}
