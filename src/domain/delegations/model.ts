export const PARTICIPANT_ROLES = [
  'head',
  'member',
  'interpreter',
  'press',
  'speaker',
  'moderator',
  'exhibitor',
  'buyer',
  'guest',
] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/** Roles that travel with a province's delegation and count against its limits. */
export const DELEGATION_ROLES: readonly ParticipantRole[] = ['head', 'member', 'interpreter', 'press'];

export const PARTICIPANT_STATUSES = ['pending', 'approved', 'rejected', 'cancelled'] as const;
export type ParticipantStatus = (typeof PARTICIPANT_STATUSES)[number];

/** Most people of each role a delegation may bring; a role left out has no limit of its own. */
export type RoleLimits = Partial<Record<ParticipantRole, number>>;
