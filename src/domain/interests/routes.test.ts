import { beforeAll, describe, expect, it } from 'vitest';
import { changeItemStatus, createItem } from '../catalogue/write-items.ts';
import type { ItemContent } from '../catalogue/model.ts';
import { itemContent } from '../../platform/testing/factories/catalogue.ts';
import { signedIn } from '../../platform/testing/factories/users.ts';
import { writeAs } from '../../platform/testing/test-context.ts';
import { setUpTestApp, type SignedInUser } from '../../platform/testing/test-app.ts';
import { EXPRESS_INTEREST_LIMIT } from './routes.ts';

const { t, secretariat, astrakhanOffice, gilanOffice } = setUpTestApp({
  secretariat: { role: 'secretariat_admin' },
  astrakhanOffice: { role: 'delegation_member', provinceId: 'astrakhan' },
  gilanOffice: { role: 'delegation_member', provinceId: 'gilan' },
});

const ids: Record<string, string> = {};
const file = (name: string, content: Partial<ItemContent>, status: 'draft' | 'published' = 'published') =>
  writeAs(t.database.db, { actor: secretariat.actor }, async (context) => {
    ids[name] = (await createItem(context, { ...itemContent(content), status })).item.id;
  });

beforeAll(async () => {
  await file('gilanCaviar', { provinceId: 'gilan', language: 'fa', title: { fa: 'خاویار پرورشی' } });
  await file('gilanDraft', { provinceId: 'gilan', language: 'fa', title: { fa: 'پیش‌نویس' } }, 'draft');
  await file('gilanArchived', { provinceId: 'gilan', language: 'fa', title: { fa: 'بایگانی' } });
  await writeAs(t.database.db, { actor: secretariat.actor }, (context) =>
    changeItemStatus(context, ids.gilanArchived!, 'archived'),
  );
  await file('astrakhanNeed', { kind: 'need', provinceId: 'astrakhan', language: 'ru', title: { ru: 'Икра' } });
});

const express = (as: SignedInUser, item: string, payload: Record<string, unknown> = {}) =>
  t.request({
    method: 'POST',
    url: `/api/items/${ids[item] ?? item}/interests`,
    as,
    payload: { message: 'Нас интересуют поставки икры в Астрахань.', language: 'ru', ...payload },
  });

describe('expressions of interest', () => {
  it('goes from one province to another and is answered once by the receiving side', async () => {
    const sent = await express(astrakhanOffice, 'gilanCaviar', { fromItemId: ids.astrakhanNeed });
    expect(sent.statusCode).toBe(201);
    const interest = sent.json() as { id: string; status: string; direction: string; toProvinceId: string };
    expect(interest).toMatchObject({ status: 'sent', direction: 'sent', toProvinceId: 'gilan' });

    const received = await t.request({ method: 'GET', url: '/api/interests', as: gilanOffice });
    expect(received.json().interests).toEqual([expect.objectContaining({ id: interest.id, direction: 'received' })]);

    const bySender = await t.request({
      method: 'POST',
      url: `/api/interests/${interest.id}/answer`,
      as: astrakhanOffice,
      payload: { status: 'accepted' },
    });
    expect(bySender.statusCode).toBe(403);
    const answer = { method: 'POST' as const, url: `/api/interests/${interest.id}/answer`, as: gilanOffice };
    const accepted = await t.request({ ...answer, payload: { status: 'accepted', reply: 'با کمال میل' } });
    expect(accepted.json()).toMatchObject({ status: 'accepted', reply: 'با کمال میل' });
    const again = await t.request({ ...answer, payload: { status: 'declined' } });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('interest_already_answered');
  });

  it('refuses one’s own province and a second interest, and hides drafts and archived items as the catalogue does', async () => {
    const cases: [SignedInUser, string, number, string][] = [
      [gilanOffice, 'gilanCaviar', 409, 'interest_own_province'],
      [astrakhanOffice, 'gilanDraft', 404, 'item_not_found'],
      [astrakhanOffice, 'gilanArchived', 404, 'item_not_found'],
      [astrakhanOffice, 'gilanCaviar', 409, 'interest_duplicate'],
    ];
    for (const [as, item, status, code] of cases) {
      const response = await express(as, item);
      expect([item, response.statusCode, response.json().code]).toEqual([item, status, code]);
    }
  });

  it('lets exactly one of two simultaneous interests of one party in an item through', async () => {
    const colleague = await signedIn(t, { role: 'delegation_member', provinceId: 'astrakhan' });
    await file('gilanRice', { provinceId: 'gilan', language: 'fa', title: { fa: 'برنج' } });
    const answers = await Promise.all([express(astrakhanOffice, 'gilanRice'), express(colleague, 'gilanRice')]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([201, 409]);
    expect(answers.find((answer) => answer.statusCode === 409)?.json().code).toBe('interest_duplicate');
  });

  it('answers the refusal in the reader’s language', async () => {
    const response = await t.request({
      method: 'POST',
      url: `/api/items/${ids.gilanCaviar}/interests`,
      as: astrakhanOffice,
      headers: { 'accept-language': 'ru' },
      payload: { message: 'Ещё раз', language: 'ru' },
    });
    expect(response.json().detail).toMatch(/уже выразила интерес/);
  });

  it('refuses the secretariat, who speaks for no party, and the public', async () => {
    expect((await express(secretariat, 'astrakhanNeed')).json().code).toBe('interest_sender_unknown');
    const anonymous = await t.request({
      method: 'POST',
      url: `/api/items/${ids.astrakhanNeed}/interests`,
      payload: { message: 'x', language: 'en' },
    });
    expect(anonymous.statusCode).toBe(401);
  });

  it('refuses an empty or overlong message, and an item of another side offered in reply', async () => {
    const buyer = await signedIn(t, { role: 'buyer', organisation: 'Caspian Foods', provinceId: 'mangystau' });
    expect((await express(buyer, 'astrakhanNeed', { message: '   ' })).statusCode).toBe(400);
    expect((await express(buyer, 'astrakhanNeed', { message: 'x'.repeat(1001) })).statusCode).toBe(400);
    const foreign = await express(buyer, 'astrakhanNeed', { fromItemId: ids.gilanCaviar });
    expect(foreign.statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: '/api/interests', as: buyer })).json().interests).toEqual([]);
  });
});

describe('a flood of expressions of interest', () => {
  it('is limited per user, whatever their address, with a Retry-After', async () => {
    const sender = await signedIn(t, { role: 'delegation_member', provinceId: 'mazandaran' });
    const codes: number[] = [];
    for (let call = 0; call < EXPRESS_INTEREST_LIMIT.max; call++)
      codes.push((await express(sender, 'gilanCaviar')).statusCode);
    expect(codes.every((code) => code < 429)).toBe(true);
    const refused = await express(sender, 'gilanCaviar');
    expect(refused.statusCode).toBe(429);
    expect(refused.json().code).toBe('rate_limited');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect((await express(gilanOffice, 'astrakhanNeed')).statusCode).not.toBe(429);
  });
});
