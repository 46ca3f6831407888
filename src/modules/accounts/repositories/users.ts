/** People with an account. An account belongs to one organisation; its roles per school are memberships. */
import { randomUUID } from 'node:crypto';
import type { Database } from '../../../platform/db/index.ts';
import type { User } from '../../../platform/db/schema.ts';

export interface NewAccount {
  organisationId: string;
  email: string;
  name: string;
  passwordHash: string;
  locale: 'nl' | 'en';
  isOrgAdmin: boolean;
}

export function usersRepository(db: Database) {
  return {
    async create(a: NewAccount, now: Date): Promise<User> {
      const row: User = {
        id: randomUUID(),
        organisation_id: a.organisationId,
        email: a.email,
        name: a.name,
        password_hash: a.passwordHash,
        locale: a.locale,
        is_org_admin: a.isOrgAdmin ? 1 : 0,
        totp_secret: null,
        totp_pending_secret: null,
        totp_enabled: 0,
        totp_last_step: null,
        created_at: now.toISOString(),
      };
      await db.insertInto('users').values(row).execute();
      return row;
    },
    find(id: string): Promise<User | undefined> {
      return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    },
    findByEmail(email: string): Promise<User | undefined> {
      return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
    },
    count(): Promise<number> {
      return db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
        .then((r) => Number(r.n));
    },
    async update(
      id: string,
      set: Partial<
        Pick<
          User,
          | 'password_hash'
          | 'locale'
          | 'name'
          | 'totp_secret'
          | 'totp_pending_secret'
          | 'totp_enabled'
          | 'totp_last_step'
        >
      >,
    ): Promise<void> {
      await db.updateTable('users').set(set).where('id', '=', id).execute();
    },
    /** Accepts a TOTP step only if it is newer than the last one accepted; false means a replay. */
    async claimTotpStep(id: string, step: number): Promise<boolean> {
      const result = await db
        .updateTable('users')
        .set({ totp_last_step: step })
        .where('id', '=', id)
        .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}
