import type { Role } from './roles.ts';

/** Who is making a request: a signed-in user, or nobody (the public). */
export type Actor = {
  userId: string;
  email: string;
  displayName: string;
  role: Role;
  provinceId: string | null;
  organisation: string | null;
};

export type Session = { tokenHash: string; csrfToken: string; expiresAt: Date; actor: Actor };

export type User = Actor & { locale: string | null; disabledAt: Date | null; createdAt: Date };

export type Invite = {
  id: string;
  email: string;
  role: Role;
  provinceId: string | null;
  organisation: string | null;
  createdBy: string;
  createdAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
};
