import { describe, expect, it } from 'vitest';
import type { CatalogueItem } from '../catalogue/model.ts';
import { itemContent } from '../../platform/testing/factories/catalogue.ts';
import { refusalOfInterest, senderPartyOf } from './rules.ts';

const item = (spec: Partial<CatalogueItem> = {}): CatalogueItem => ({
  ...itemContent({ provinceId: 'gilan', organisation: { name: 'Sepidrud', type: 'cooperative' } }),
  id: 'item-1',
  ownerUserId: null,
  status: 'published',
  isDemo: false,
  version: 1,
  createdAt: new Date(0),
  updatedAt: new Date(0),
  publishedAt: new Date(0),
  ...spec,
});
const astrakhan = { provinceId: 'astrakhan', organisation: null };

describe('who may express interest in what', () => {
  it('lets another province express interest in a published item, once', () => {
    expect(refusalOfInterest(astrakhan, item(), false)).toBeNull();
    expect(refusalOfInterest(astrakhan, item(), true)).toBe('interest_duplicate');
  });

  it('refuses a draft or archived item before anything else', () => {
    for (const status of ['draft', 'archived'] as const)
      expect(refusalOfInterest(astrakhan, item({ status }), true)).toBe('interest_item_not_open');
  });

  it('refuses one’s own province and one’s own organisation, wherever it is filed', () => {
    expect(refusalOfInterest({ provinceId: 'gilan', organisation: null }, item(), false)).toBe('interest_own_province');
    expect(refusalOfInterest({ provinceId: 'mangystau', organisation: 'Sepidrud' }, item(), false)).toBe(
      'interest_own_province',
    );
  });

  it('names the sending party: a delegation’s province, an exhibitor’s or buyer’s organisation, never the secretariat', () => {
    const actor = { userId: 'u', email: 'e', displayName: 'd', provinceId: 'gilan', organisation: 'Sepidrud' };
    expect(senderPartyOf({ ...actor, role: 'delegation_member' })?.party).toBe('province:gilan');
    expect(senderPartyOf({ ...actor, role: 'buyer' })?.party).toBe('organisation:Sepidrud');
    expect(senderPartyOf({ ...actor, role: 'secretariat_admin' })).toBeNull();
    expect(senderPartyOf({ ...actor, role: 'exhibitor', organisation: null })).toBeNull();
  });
});
