import { describe, expect, it } from 'vitest';
import type { Actor } from './actor.ts';
import { can, canInviteRole, draftScopeOf, type Action } from './permissions.ts';
import { ROLES, type Role } from './roles.ts';

const actor = (role: Role, provinceId: string | null = null): Actor => ({
  userId: `user-${role}`,
  email: `${role}@example.org`,
  displayName: role,
  role,
  provinceId,
  organisation: role === 'exhibitor' || role === 'buyer' ? 'Org' : null,
});

const gilanDelegate = actor('delegation_member', 'gilan');
type Who = 'public' | Role;
const actors: Record<Who, Actor | null> = {
  public: null,
  secretariat_admin: actor('secretariat_admin'),
  secretariat_staff: actor('secretariat_staff'),
  delegation_member: gilanDelegate,
  exhibitor: actor('exhibitor'),
  buyer: actor('buyer'),
};

const SECRETARIAT = ['secretariat_admin', 'secretariat_staff'] as const;

/** Who may do each action, everyone else may not; a change to the rules must change this table. */
const matrix: Record<string, readonly Who[]> = {
  'province.edit gilan': [...SECRETARIAT, 'delegation_member'],
  'province.edit astrakhan': SECRETARIAT,
  'user.list': SECRETARIAT,
  'user.invite': SECRETARIAT,
  'user.manage': ['secretariat_admin'],
  'audit.read': SECRETARIAT,
  'item.write gilan': [...SECRETARIAT, 'delegation_member'],
  'item.write astrakhan': SECRETARIAT,
  'item.write astrakhan Org': [...SECRETARIAT, 'exhibitor', 'buyer'],
  'demo.remove': ['secretariat_admin'],
  'taxonomy.edit': SECRETARIAT,
  'edition.manage': SECRETARIAT,
  'programme.edit': SECRETARIAT,
  'registration.manage': SECRETARIAT,
  'visa.read': SECRETARIAT,
  'badge.manage': SECRETARIAT,
  'check_in.scan': SECRETARIAT,
  'booth.assign': SECRETARIAT,
  'announcement.post': SECRETARIAT,
  'dashboard.read': SECRETARIAT,
  'delegation.register gilan': [...SECRETARIAT, 'delegation_member'],
  'delegation.register astrakhan': SECRETARIAT,
  'exhibitor.write gilan Org': [...SECRETARIAT, 'exhibitor'],
  'exhibitor.write gilan Other': SECRETARIAT,
  'buyer_interest.write astrakhan Org': [...SECRETARIAT, 'buyer'],
  'transit.manage': SECRETARIAT,
  'search.manage': SECRETARIAT,
  'transit_scenario.read': SECRETARIAT,
  'transit_scenario.write': SECRETARIAT,
  'meeting.schedule': SECRETARIAT,
  'meeting.request gilan': [...SECRETARIAT, 'delegation_member'],
  'meeting.request astrakhan': SECRETARIAT,
};

describe('permissions matrix', () => {
  for (const [row, allowed] of Object.entries(matrix)) {
    const [action, provinceId, organisation] = row.split(' ') as [Action, string | undefined, string | undefined];
    for (const who of Object.keys(actors) as Who[]) {
      const expected = allowed.includes(who);
      it(`${expected ? 'lets' : 'does not let'} ${who} do ${row}`, () => {
        expect(can(actors[who], action, { provinceId, organisation })).toBe(expected);
      });
    }
  }

  it("lets anyone signed in write their own transit scenario, and only the secretariat the shared or others' ones", () => {
    expect(can(gilanDelegate, 'transit_scenario.write', { ownerUserId: gilanDelegate.userId })).toBe(true);
    expect(can(actors.buyer, 'transit_scenario.write', { ownerUserId: gilanDelegate.userId })).toBe(false);
    expect(can(gilanDelegate, 'transit_scenario.write', { ownerUserId: null })).toBe(false);
    expect(can(actors.secretariat_staff, 'transit_scenario.write', { ownerUserId: gilanDelegate.userId })).toBe(true);
  });

  it("lets anyone signed in read their own transit scenario, and only the secretariat others' ones", () => {
    expect(can(gilanDelegate, 'transit_scenario.read', { ownerUserId: gilanDelegate.userId })).toBe(true);
    expect(can(actors.buyer, 'transit_scenario.read', { ownerUserId: gilanDelegate.userId })).toBe(false);
    expect(can(null, 'transit_scenario.read', { ownerUserId: gilanDelegate.userId })).toBe(false);
    expect(can(actors.secretariat_staff, 'transit_scenario.read', { ownerUserId: gilanDelegate.userId })).toBe(true);
  });

  it('lets exhibitors, buyers and delegates act in meetings for the participant linked to their own account only', () => {
    expect(can(actors.exhibitor, 'meeting.request', { ownerUserId: 'user-exhibitor' })).toBe(true);
    expect(can(actors.buyer, 'meeting.request', { ownerUserId: 'user-exhibitor' })).toBe(false);
    expect(can(actors.buyer, 'meeting.request', { ownerUserId: null })).toBe(false);
    expect(can(gilanDelegate, 'meeting.request', { provinceId: 'astrakhan', ownerUserId: gilanDelegate.userId })).toBe(
      true,
    );
  });

  it('does not let a delegation member without a province edit any province', () => {
    expect(can(actor('delegation_member', null), 'province.edit', { provinceId: 'gilan' })).toBe(false);
  });
});

describe('who sees unpublished items', () => {
  it('gives the secretariat everything, a delegation its province, an exhibitor its organisation, the public nothing', () => {
    expect(draftScopeOf(actors.secretariat_staff)).toBeNull();
    expect(draftScopeOf(gilanDelegate)).toEqual({ provinceId: 'gilan' });
    expect(draftScopeOf(actors.exhibitor)).toEqual({ organisation: 'Org' });
    expect(draftScopeOf(actors.public)).toBe('none');
  });
});

describe('who may invite whom', () => {
  it('lets an admin invite every role', () => {
    for (const role of ROLES) expect(canInviteRole(actors.secretariat_admin, role)).toBe(true);
  });

  it('lets staff invite delegations, exhibitors and buyers but not secretariat members', () => {
    expect(canInviteRole(actors.secretariat_staff, 'delegation_member')).toBe(true);
    expect(canInviteRole(actors.secretariat_staff, 'buyer')).toBe(true);
    expect(canInviteRole(actors.secretariat_staff, 'secretariat_staff')).toBe(false);
    expect(canInviteRole(actors.secretariat_staff, 'secretariat_admin')).toBe(false);
  });

  it('lets nobody outside the secretariat invite', () => {
    for (const who of ['public', 'delegation_member', 'exhibitor', 'buyer'] as const) {
      expect(canInviteRole(actors[who], 'buyer')).toBe(false);
    }
  });
});
