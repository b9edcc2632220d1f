export const AUDIENCE_KINDS = ['everyone', 'role', 'delegation', 'session'] as const;
export type AudienceKind = (typeof AUDIENCE_KINDS)[number];
