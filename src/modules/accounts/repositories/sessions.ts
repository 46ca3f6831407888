/** Signed-in sessions, password-reset tokens and small settings. Tokens are stored only as hashes. */
import type { Database } from '../../../platform/db/index.ts';
import type { Session } from '../../../platform/db/schema.ts';

export function sessionsRepository(db: Database) {
  return {
    async create(s: Session): Promise<void> {
      await db.insertInto('sessions').values(s).execute();
    },
    find(tokenHash: string): Promise<Session | undefined> {
      return db.selectFrom('sessions').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
    },
    async touch(tokenHash: string, now: Date): Promise<void> {
      await db
        .updateTable('sessions')
        .set({ last_seen_at: now.toISOString() })
        .where('token_hash', '=', tokenHash)
        .execute();
    },
    /** Turns a half-finished sign-in into a full session after the TOTP step. */
    async activate(tokenHash: string, expiresAt: string, now: Date): Promise<void> {
      await db
        .updateTable('sessions')
        .set({ state: 'active', expires_at: expiresAt, last_seen_at: now.toISOString() })
        .where('token_hash', '=', tokenHash)
        .execute();
    },
    async remove(tokenHash: string): Promise<void> {
      await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
    },
    async removeAllOfUser(userId: string): Promise<void> {
      await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
    },
    async removeAllOfUserExcept(userId: string, keepTokenHash: string): Promise<void> {
      await db
        .deleteFrom('sessions')
        .where('user_id', '=', userId)
        .where('token_hash', '!=', keepTokenHash)
        .execute();
    },
    /** Deletes sessions past their expiry or idle for longer than allowed: nothing stale stays behind. */
    async removeExpired(now: Date, idleMs: number): Promise<void> {
      const idleSince = new Date(now.getTime() - idleMs).toISOString();
      await db
        .deleteFrom('sessions')
        .where((eb) => eb.or([eb('expires_at', '<', now.toISOString()), eb('last_seen_at', '<', idleSince)]))
        .execute();
    },
  };
}

export function passwordResetsRepository(db: Database) {
  return {
    async create(tokenHash: string, userId: string, expiresAt: string, now: Date): Promise<void> {
      await db
        .insertInto('password_resets')
        .values({
          token_hash: tokenHash,
          user_id: userId,
          expires_at: expiresAt,
          used_at: null,
          created_at: now.toISOString(),
        })
        .execute();
    },
    async removeExpired(now: Date): Promise<void> {
      await db.deleteFrom('password_resets').where('expires_at', '<', now.toISOString()).execute();
    },
    /** Marks a valid, unused token as used and returns its user; undefined when it is not (or no longer) valid. */
    async redeem(tokenHash: string, now: Date): Promise<string | undefined> {
      const row = await db
        .updateTable('password_resets')
        .set({ used_at: now.toISOString() })
        .where('token_hash', '=', tokenHash)
        .where('used_at', 'is', null)
        .where('expires_at', '>', now.toISOString())
        .returning('user_id')
        .executeTakeFirst();
      return row?.user_id;
    },
  };
}

export function settingsRepository(db: Database) {
  return {
    async get(key: string): Promise<string | undefined> {
      const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
      return row?.value;
    },
    async set(key: string, value: string): Promise<void> {
      await db
        .insertInto('settings')
        .values({ key, value })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
        .execute();
    },
    async remove(key: string): Promise<void> {
      await db.deleteFrom('settings').where('key', '=', key).execute();
    },
  };
}
