/** People who joined a live session from their phone: pseudonymous, no account, known by a device token. */
import { type Database, forSchool } from '../../../platform/db/index.ts';
import type { MirrorParticipant } from '../../../platform/db/schema.ts';

export function participantByTokenHash(
  db: Database,
  tokenHash: string,
): Promise<MirrorParticipant | undefined> {
  return db
    .selectFrom('mirror_participants')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export function mirrorParticipantsRepository(db: Database, schoolId: string) {
  const school = forSchool(db, schoolId);
  return {
    list(sessionId: string): Promise<MirrorParticipant[]> {
      return school
        .selectFrom('mirror_participants')
        .selectAll()
        .where('session_id', '=', sessionId)
        .orderBy('joined_at')
        .orderBy('id')
        .execute();
    },
    find(id: string): Promise<MirrorParticipant | undefined> {
      return school.selectFrom('mirror_participants').selectAll().where('id', '=', id).executeTakeFirst();
    },
    async add(row: Omit<MirrorParticipant, 'school_id'>): Promise<void> {
      await school.insertInto('mirror_participants', row).execute();
    },
    async count(sessionId: string): Promise<number> {
      const row = await school
        .selectFrom('mirror_participants')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('session_id', '=', sessionId)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    /** How many took part on each side: what a closed session keeps of its participants. */
    async countBySide(sessionId: string): Promise<{ voices: number; listeners: number }> {
      const rows = await school
        .selectFrom('mirror_participants')
        .select(['side', (eb) => eb.fn.countAll().as('n')])
        .where('session_id', '=', sessionId)
        .groupBy('side')
        .execute();
      const n = (side: string) => Number(rows.find((r) => r.side === side)?.n ?? 0);
      return { voices: n('voices'), listeners: n('listeners') };
    },
    /** Deletes everyone who took part, with their display names and tokens (their ballots go with them). */
    async removeAll(sessionId: string): Promise<void> {
      await school.deleteFrom('mirror_participants').where('session_id', '=', sessionId).execute();
    },
    async replaceToken(id: string, tokenHash: string): Promise<void> {
      await school
        .updateTable('mirror_participants')
        .set({ token_hash: tokenHash })
        .where('id', '=', id)
        .execute();
    },
  };
}

export class SessionClosedError extends Error {}

/** The diversity attributes of a session's invited students (S2): kept only until the session closes. */
export function mirrorDiversityRepository(db: Database, schoolId: string) {
  const school = forSchool(db, schoolId);
  return {
    list(sessionId: string) {
      return school.selectFrom('mirror_diversity').selectAll().where('session_id', '=', sessionId).execute();
    },
    async replace(
      sessionId: string,
      entries: {
        id: string;
        year: string | null;
        level: string | null;
        gender: string | null;
        involvement: string;
      }[],
    ): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const scoped = forSchool(trx, schoolId);
        // Checked in the same transaction as the write: attributes never outlive the session's closing.
        const session = await scoped
          .selectFrom('mirror_sessions')
          .select('status')
          .where('id', '=', sessionId)
          .executeTakeFirst();
        if (session?.status !== 'planned' && session?.status !== 'live') throw new SessionClosedError();
        await scoped.deleteFrom('mirror_diversity').where('session_id', '=', sessionId).execute();
        for (const entry of entries)
          await scoped.insertInto('mirror_diversity', { ...entry, session_id: sessionId }).execute();
      });
    },
    async removeAll(sessionId: string): Promise<void> {
      await school.deleteFrom('mirror_diversity').where('session_id', '=', sessionId).execute();
    },
  };
}

/** Answers given to a write, by its idempotency key, so a retried write is applied once. */
export function idempotencyRepository(db: Database, schoolId: string) {
  const school = forSchool(db, schoolId);
  return {
    async get(scope: string, key: string): Promise<unknown | undefined> {
      const row = await school
        .selectFrom('idempotency_keys')
        .select('result')
        .where('scope', '=', scope)
        .where('key', '=', key)
        .executeTakeFirst();
      return row ? JSON.parse(row.result) : undefined;
    },
    /** Stores the answer for a key reserved earlier in the same transaction. */
    async record(scope: string, key: string, result: unknown): Promise<void> {
      await school
        .updateTable('idempotency_keys')
        .set({ result: JSON.stringify(result) })
        .where('scope', '=', scope)
        .where('key', '=', key)
        .execute();
    },
    /** Forgets the keys of a closed session: they only ever served retries while it ran. */
    async removeForSession(sessionId: string): Promise<void> {
      await school.deleteFrom('idempotency_keys').where('scope', 'like', `%:${sessionId}%`).execute();
    },
    /** False when the key was used already (a concurrent retry won). */
    async put(scope: string, key: string, result: unknown, now: Date): Promise<boolean> {
      const inserted = await school
        .insertInto('idempotency_keys', {
          scope,
          key,
          result: JSON.stringify(result),
          created_at: now.toISOString(),
        })
        .onConflict((oc) => oc.columns(['scope', 'key']).doNothing())
        .executeTakeFirst();
      return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
    },
  };
}
