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

/** The expected answer for every role and action; a change to the rules must change this table. */
const matrix: Record<string, Record<Who, boolean>> = {
  'province.edit gilan': {
    public: false,
    secretariat_admin: true,
    secretariat_staff: true,
    delegation_member: true,
    exhibitor: false,
    buyer: false,
  },
  'province.edit astrakhan': {
    public: false,
    secretariat_admin: true,
    secretariat_staff: true,
    delegation_member: false,
    exhibitor: false,
    buyer: false,
  },
  'user.list': {
    public: false,
    secretariat_admin: true,
    secretariat_staff: true,
    delegation_member: false,
    exhibitor: false,
    buyer: false,
  },
  'user.invite': {
    public: false,
    secretariat_admin: true,
    secretariat_staff: true,
    delegation_member: false,
    exhibitor: false,
    buyer: false,
  },
  'user.manage': {
    public: false,
    secretariat_admin: true,
    secretariat_staff: false,
    delegation_member: false,
    exhibitor: false,
    buyer: false,
  },
  'audit.read': {
    public: false,
    secretariat_admin: true,
    secretariat_staff: true,
    delegation_member: false,
    exhibitor: false,
    buyer: false,
  },
  'item.write gilan': {
    public: false,
    secretariat_admin: true,
    secretariat_staff: true,
    delegation_member: true,
    exhibitor: false,
    buyer: false,
  },
  'item.write astrakhan': {
    public: false,
    secretariat_admin: true,
    secretariat_staff: true,
    delegation_member: false,
    exhibitor: false,
    buyer: false,
  },
  'item.write astrakhan Org': {
    public: false,
    secretariat_admin: true,
    secretariat_staff: true,
    delegation_member: false,
    exhibitor: true,
    buyer: true,
  },
  'demo.remove': {
    public: false,
    secretariat_admin: true,
    secretariat_staff: false,
    delegation_member: false,
    exhibitor: false,
    buyer: false,
  },
  'taxonomy.edit': {
    public: false,
    secretariat_admin: true,
    secretariat_staff: true,
    delegation_member: false,
    exhibitor: false,
    buyer: false,
  },
  'edition.manage': {
    public: false,
    secretariat_admin: true,
    secretariat_staff: true,
    delegation_member: false,
    exhibitor: false,
    buyer: false,
  },
  'programme.edit': {
    public: false,
    secretariat_admin: true,
    secretariat_staff: true,
    delegation_member: false,
    exhibitor: false,
    buyer: false,
  },
  'registration.manage': {
    public: false,
    secretariat_admin: true,
    secretariat_staff: true,
    delegation_member: false,
    exhibitor: false,
    buyer: false,
  },
  'visa.read': {
    public: false,
    secretariat_admin: true,
    secretariat_staff: true,
    delegation_member: false,
    exhibitor: false,
    buyer: false,
  },
  'badge.manage': {
    public: false,
    secretariat_admin: true,
    secretariat_staff: true,
    delegation_member: false,
    exhibitor: false,
    buyer: false,
  },
  'check_in.scan': {
    public: false,
    secretariat_admin: true,
    secretariat_staff: true,
    delegation_member: false,
    exhibitor: false,
    buyer: false,
  },
  'booth.assign': {
    public: false,
    secretariat_admin: true,
    secretariat_staff: true,
    delegation_member: false,
    exhibitor: false,
    buyer: false,
  },
  'announcement.post': {
    public: false,
    secretariat_admin: true,
    secretariat_staff: true,
    delegation_member: false,
    exhibitor: false,
    buyer: false,
  },
  'dashboard.read': {
    public: false,
    secretariat_admin: true,
    secretariat_staff: true,
    delegation_member: false,
    exhibitor: false,
    buyer: false,
  },
  'delegation.register gilan': {
    public: false,
    secretariat_admin: true,
    secretariat_staff: true,
    delegation_member: true,
    exhibitor: false,
    buyer: false,
  },
  'delegation.register astrakhan': {
    public: false,
    secretariat_admin: true,
    secretariat_staff: true,
    delegation_member: false,
    exhibitor: false,
    buyer: false,
  },
  'exhibitor.write gilan Org': {
    public: false,
    secretariat_admin: true,
    secretariat_staff: true,
    delegation_member: false,
    exhibitor: true,
    buyer: false,
  },
  'exhibitor.write gilan Other': {
    public: false,
    secretariat_admin: true,
    secretariat_staff: true,
    delegation_member: false,
    exhibitor: false,
    buyer: false,
  },
  'buyer_interest.write astrakhan Org': {
    public: false,
    secretariat_admin: true,
    secretariat_staff: true,
    delegation_member: false,
    exhibitor: false,
    buyer: true,
  },
  'transit.manage': {
    public: false,
    secretariat_admin: true,
    secretariat_staff: true,
    delegation_member: false,
    exhibitor: false,
    buyer: false,
  },
  'transit_scenario.write': {
    public: false,
    secretariat_admin: true,
    secretariat_staff: true,
    delegation_member: false,
    exhibitor: false,
    buyer: false,
  },
};

describe('permissions matrix', () => {
  for (const [row, expected] of Object.entries(matrix)) {
    const [action, provinceId, organisation] = row.split(' ') as [Action, string | undefined, string | undefined];
    for (const who of Object.keys(expected) as Who[]) {
      it(`${expected[who] ? 'lets' : 'does not let'} ${who} do ${row}`, () => {
        expect(can(actors[who], action, { provinceId, organisation })).toBe(expected[who]);
      });
    }
  }

  it("lets anyone signed in write their own transit scenario, and only the secretariat the shared or others' ones", () => {
    expect(can(gilanDelegate, 'transit_scenario.write', { ownerUserId: gilanDelegate.userId })).toBe(true);
    expect(can(actors.buyer, 'transit_scenario.write', { ownerUserId: gilanDelegate.userId })).toBe(false);
    expect(can(gilanDelegate, 'transit_scenario.write', { ownerUserId: null })).toBe(false);
    expect(can(actors.secretariat_staff, 'transit_scenario.write', { ownerUserId: gilanDelegate.userId })).toBe(true);
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
