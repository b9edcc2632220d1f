export const ROLES = ['secretariat_admin', 'secretariat_staff', 'delegation_member', 'exhibitor', 'buyer'] as const;
export type Role = (typeof ROLES)[number];

/** Roles bound to one province: their writes are limited to it. */
export const PROVINCE_BOUND_ROLES: readonly Role[] = ['delegation_member'];
/** Roles that act for an organisation (a company, a port, a university). */
export const ORGANISATION_ROLES: readonly Role[] = ['exhibitor', 'buyer'];
