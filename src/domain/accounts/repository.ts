import { and, asc, count, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import type { Actor } from '../../platform/identity/actor.ts';
import type { Invite, Session, User } from './model.ts';
import type { Role } from '../../platform/identity/roles.ts';
import type { PairThrottle } from './sign-in-rules.ts';
import { invites, sessions, signInAttempts, signInThrottles, users } from './tables.ts';

type UserRow = typeof users.$inferSelect;

function toUser(row: UserRow): User {
  return {
    userId: row.id,
    email: row.email,
    displayName: row.displayName,
    role: row.role,
    provinceId: row.provinceId,
    organisation: row.organisation,
    locale: row.locale,
    disabledAt: row.disabledAt,
    createdAt: row.createdAt,
  };
}

export function toActor(user: User): Actor {
  const { userId, email, displayName, role, provinceId, organisation } = user;
  return { userId, email, displayName, role, provinceId, organisation };
}

export type NewUser = {
  email: string;
  displayName: string;
  passwordHash: string;
  role: Role;
  provinceId: string | null;
  organisation: string | null;
  locale?: string | null;
};

export function createAccountsRepository(db: Executor) {
  return {
    /** Accounts someone can sign in with (the seed's disabled demo secretariat is not one). */
    async countEnabledUsers(): Promise<number> {
      const [row] = await db.select({ total: count() }).from(users).where(isNull(users.disabledAt));
      return row?.total ?? 0;
    },

    async findUserByEmail(email: string): Promise<(User & { passwordHash: string }) | null> {
      const [row] = await db
        .select()
        .from(users)
        .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
      return row ? { ...toUser(row), passwordHash: row.passwordHash } : null;
    },

    async findUserById(id: string): Promise<User | null> {
      const [row] = await db.select().from(users).where(eq(users.id, id));
      return row ? toUser(row) : null;
    },

    async listUsers(): Promise<User[]> {
      const rows = await db.select().from(users).orderBy(asc(users.createdAt));
      return rows.map(toUser);
    },

    async insertUser(user: NewUser): Promise<User> {
      const [row] = await db.insert(users).values(user).returning();
      return toUser(row!);
    },

    async updateUser(
      id: string,
      changes: Partial<Pick<UserRow, 'role' | 'provinceId' | 'organisation' | 'disabledAt' | 'displayName'>>,
    ): Promise<User> {
      const [row] = await db.update(users).set(changes).where(eq(users.id, id)).returning();
      return toUser(row!);
    },

    async insertSession(session: {
      tokenHash: string;
      userId: string;
      csrfToken: string;
      expiresAt: Date;
    }): Promise<void> {
      await db.insert(sessions).values(session);
    },

    async findSession(tokenHash: string, now: Date): Promise<Session | null> {
      const [row] = await db
        .select({ session: sessions, user: users })
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)));
      if (!row || row.user.disabledAt) return null;
      return {
        tokenHash,
        csrfToken: row.session.csrfToken,
        expiresAt: row.session.expiresAt,
        actor: toActor(toUser(row.user)),
      };
    },

    async deleteSession(tokenHash: string): Promise<void> {
      await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    },

    async deleteSessionsOfUser(userId: string): Promise<void> {
      await db.delete(sessions).where(eq(sessions.userId, userId));
    },

    async deleteExpiredSessions(now: Date): Promise<number> {
      return (await db.delete(sessions).where(lt(sessions.expiresAt, now)).returning({ tokenHash: sessions.tokenHash }))
        .length;
    },

    async deleteSignInAttemptsBefore(cutoff: Date): Promise<number> {
      return (
        await db
          .delete(signInAttempts)
          .where(lt(signInAttempts.attemptedAt, cutoff))
          .returning({ id: signInAttempts.id })
      ).length;
    },

    async recordSignInAttempt(attempt: {
      email: string;
      ipAddress: string;
      succeeded: boolean;
      attemptedAt: Date;
    }): Promise<void> {
      await db.insert(signInAttempts).values(attempt);
    },

    /**
     * The pair's throttle, locked until the transaction ends (on PostgreSQL across instances), so
     * that parallel attempts of one pair are reserved one after another. A new pair starts at zero.
     */
    async lockThrottle(email: string, ipAddress: string, now: Date): Promise<PairThrottle> {
      const [row] = await db
        .insert(signInThrottles)
        .values({ email, ipAddress, failures: 0, lockedUntil: null, lastAttemptAt: now })
        .onConflictDoUpdate({
          target: [signInThrottles.email, signInThrottles.ipAddress],
          set: { email: sql`excluded.email` },
        })
        .returning();
      return { failures: row!.failures, lockedUntil: row!.lockedUntil, lastAttemptAt: row!.lastAttemptAt };
    },

    async saveThrottle(email: string, ipAddress: string, throttle: PairThrottle): Promise<void> {
      await db
        .update(signInThrottles)
        .set(throttle)
        .where(and(eq(signInThrottles.email, email), eq(signInThrottles.ipAddress, ipAddress)));
    },

    async clearThrottle(email: string, ipAddress: string): Promise<void> {
      await db
        .delete(signInThrottles)
        .where(and(eq(signInThrottles.email, email), eq(signInThrottles.ipAddress, ipAddress)));
    },

    async deleteThrottlesBefore(cutoff: Date): Promise<number> {
      return (
        await db
          .delete(signInThrottles)
          .where(lt(signInThrottles.lastAttemptAt, cutoff))
          .returning({ email: signInThrottles.email })
      ).length;
    },

    async insertInvite(
      invite: Omit<Invite, 'id' | 'createdAt' | 'acceptedAt' | 'revokedAt'> & { tokenHash: string },
    ): Promise<Invite> {
      const [row] = await db.insert(invites).values(invite).returning();
      return stripToken(row!);
    },

    async findInviteByTokenHash(tokenHash: string): Promise<Invite | null> {
      const [row] = await db.select().from(invites).where(eq(invites.tokenHash, tokenHash));
      return row ? stripToken(row) : null;
    },

    async listInvites(): Promise<Invite[]> {
      const rows = await db.select().from(invites).orderBy(asc(invites.createdAt));
      return rows.map(stripToken);
    },

    async findInviteById(id: string): Promise<Invite | null> {
      const [row] = await db.select().from(invites).where(eq(invites.id, id));
      return row ? stripToken(row) : null;
    },

    async markInviteRevoked(id: string, revokedAt: Date): Promise<Invite> {
      const [row] = await db.update(invites).set({ revokedAt }).where(eq(invites.id, id)).returning();
      return stripToken(row!);
    },

    /**
     * Marks the invitation accepted unless someone already did: of parallel accepts, the first
     * update wins and the others, waiting on its row lock, find it accepted and get false.
     */
    async claimInvite(id: string, acceptedAt: Date): Promise<boolean> {
      const claimed = await db
        .update(invites)
        .set({ acceptedAt })
        .where(and(eq(invites.id, id), isNull(invites.acceptedAt), isNull(invites.revokedAt)))
        .returning({ id: invites.id });
      return claimed.length === 1;
    },
  };
}

export type AccountsRepository = ReturnType<typeof createAccountsRepository>;

function stripToken(row: typeof invites.$inferSelect): Invite {
  const { tokenHash: _tokenHash, ...invite } = row;
  return invite;
}
