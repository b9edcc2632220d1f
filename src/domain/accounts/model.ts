import type { Actor } from '../../platform/identity/actor.ts';
import type { Role } from '../../platform/identity/roles.ts';

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
