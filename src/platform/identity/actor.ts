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
