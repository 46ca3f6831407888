/** Planned, live and closed mirror conversations of one school, with their facilitators. */
import type { Database } from '../../../platform/db/index.ts';
import { forSchool } from '../../../platform/db/index.ts';
import type { MirrorSession } from '../../../platform/db/schema.ts';

export interface SessionListRow {
  id: string;
  title: string;
  template: string;
  team_name: string | null;
  scheduled_at: string;
  place: string;
  status: MirrorSession['status'];
  expected_voices: number;
  expected_listeners: number;
}

/** A live session by its join code, whichever school it belongs to (the code is the key). */
export function liveSessionByCode(db: Database, code: string): Promise<MirrorSession | undefined> {
  return db
    .selectFrom('mirror_sessions')
    .selectAll()
    .where('join_code', '=', code)
    .where('status', '=', 'live')
    .executeTakeFirst();
}

/** A session by id without a school scope: only for the live socket, which checks access itself. */
export function mirrorSessionById(db: Database, id: string): Promise<MirrorSession | undefined> {
  return db.selectFrom('mirror_sessions').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A session by the hash of its progress link's token, whichever school it belongs to (the token is the key). */
export function sessionByProgressHash(db: Database, hash: string): Promise<MirrorSession | undefined> {
  return db
    .selectFrom('mirror_sessions')
    .selectAll()
    .where('progress_token_hash', '=', hash)
    .executeTakeFirst();
}

export function mirrorSessionsRepository(db: Database, schoolId: string) {
  const school = forSchool(db, schoolId);
  return {
    list(): Promise<SessionListRow[]> {
      return school
        .selectFrom('mirror_sessions')
        .leftJoin('teams', 'teams.id', 'mirror_sessions.team_id')
        .select([
          'mirror_sessions.id',
          'mirror_sessions.title',
          'mirror_sessions.template',
          'teams.name as team_name',
          'mirror_sessions.scheduled_at',
          'mirror_sessions.place',
          'mirror_sessions.status',
          'mirror_sessions.expected_voices',
          'mirror_sessions.expected_listeners',
        ])
        .orderBy('mirror_sessions.scheduled_at', 'desc')
        .execute();
    },
    /** Every session of the school, whole. */
    listFull(): Promise<MirrorSession[]> {
      return school.selectFrom('mirror_sessions').selectAll().orderBy('scheduled_at', 'desc').execute();
    },
    find(id: string): Promise<MirrorSession | undefined> {
      return school.selectFrom('mirror_sessions').selectAll().where('id', '=', id).executeTakeFirst();
    },
    async create(
      row: Omit<MirrorSession, 'school_id'>,
      facilitatorIds: string[],
      override?: { reasonFor: string[]; reason: string; by: string; at: string },
    ): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const scoped = forSchool(trx, schoolId);
        await scoped.insertInto('mirror_sessions', row).execute();
        for (const userId of facilitatorIds) {
          const given = override?.reasonFor.includes(userId) ? override : undefined;
          await scoped
            .insertInto('mirror_facilitators', {
              session_id: row.id,
              user_id: userId,
              override_reason: given?.reason ?? null,
              override_by: given?.by ?? null,
              override_at: given?.at ?? null,
            })
            .execute();
        }
      });
    },
    async update(id: string, set: Partial<Omit<MirrorSession, 'id' | 'school_id'>>): Promise<void> {
      if (Object.keys(set).length === 0) return;
      await school.updateTable('mirror_sessions').set(set).where('id', '=', id).execute();
    },
    async facilitatorIds(sessionId: string): Promise<string[]> {
      const rows = await school
        .selectFrom('mirror_facilitators')
        .select('user_id')
        .where('session_id', '=', sessionId)
        .execute();
      return rows.map((r) => r.user_id);
    },
    /**
     * Sets who facilitates. Those who stay keep the reason an administrator gave for them (F2) unless
     * `clearReasons`; `reason` is recorded for `reasonFor` (facilitators assigned despite their own team).
     */
    async setFacilitators(
      sessionId: string,
      userIds: string[],
      override?: { reasonFor: string[]; reason: string; by: string; at: string },
      clearReasons = false,
    ): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const scoped = forSchool(trx, schoolId);
        const earlier = new Map(
          (
            await scoped
              .selectFrom('mirror_facilitators')
              .selectAll()
              .where('session_id', '=', sessionId)
              .execute()
          ).map((row) => [row.user_id, row]),
        );
        await scoped.deleteFrom('mirror_facilitators').where('session_id', '=', sessionId).execute();
        for (const userId of userIds) {
          const kept = clearReasons ? undefined : earlier.get(userId);
          const given = override?.reasonFor.includes(userId) ? override : undefined;
          await scoped
            .insertInto('mirror_facilitators', {
              session_id: sessionId,
              user_id: userId,
              override_reason: given?.reason ?? kept?.override_reason ?? null,
              override_by: given ? given.by : (kept?.override_by ?? null),
              override_at: given?.at ?? kept?.override_at ?? null,
            })
            .execute();
        }
      });
    },
    /** The facilitators assigned with an administrator's reason, and that reason. */
    async overrides(
      sessionId: string,
    ): Promise<{ userId: string; name: string; reason: string; byName: string | null; at: string }[]> {
      const rows = await school
        .selectFrom('mirror_facilitators')
        .innerJoin('users', 'users.id', 'mirror_facilitators.user_id')
        .leftJoin('users as by', 'by.id', 'mirror_facilitators.override_by')
        .select([
          'mirror_facilitators.user_id as userId',
          'users.name as name',
          'mirror_facilitators.override_reason as reason',
          'by.name as byName',
          'mirror_facilitators.override_at as at',
        ])
        .where('mirror_facilitators.session_id', '=', sessionId)
        .where('mirror_facilitators.override_reason', 'is not', null)
        .execute();
      return rows.map((r) => ({ ...r, reason: r.reason ?? '', at: r.at ?? '' }));
    },
    async observerIds(sessionId: string): Promise<string[]> {
      const rows = await school
        .selectFrom('mirror_observers')
        .select('user_id')
        .where('session_id', '=', sessionId)
        .execute();
      return rows.map((r) => r.user_id);
    },
    async setObservers(sessionId: string, userIds: string[]): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const scoped = forSchool(trx, schoolId);
        await scoped.deleteFrom('mirror_observers').where('session_id', '=', sessionId).execute();
        for (const userId of userIds) {
          await scoped.insertInto('mirror_observers', { session_id: sessionId, user_id: userId }).execute();
        }
      });
    },
    /**
     * Locks a running session's row for the rest of the transaction (by moving its sequence), and tells
     * whether it is still running: what was said is frozen once it closes, even for a write already under way.
     */
    async lockLive(id: string): Promise<boolean> {
      await school
        .updateTable('mirror_sessions')
        .set((eb) => ({ live_seq: eb('live_seq', '+', 1) }))
        .where('id', '=', id)
        .execute();
      const row = await school
        .selectFrom('mirror_sessions')
        .select('status')
        .where('id', '=', id)
        .executeTakeFirst();
      return row?.status === 'live';
    },
    /** A change outside the live state (someone joined): devices must hear of it, so the sequence grows. */
    async bumpSeq(id: string): Promise<void> {
      await school
        .updateTable('mirror_sessions')
        .set((eb) => ({ live_seq: eb('live_seq', '+', 1) }))
        .where('id', '=', id)
        .execute();
    },
    /** Opens a planned session; false when it was not planned (any more), e.g. opened twice at once. */
    async openIfPlanned(id: string, joinCode: string, projectorToken: string): Promise<boolean> {
      const result = await school
        .updateTable('mirror_sessions')
        .set({ status: 'live', join_code: joinCode, projector_token: projectorToken })
        .where('id', '=', id)
        .where('status', '=', 'planned')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    /** Gives a session its progress link, unless it has one: two requests at once get the same link. */
    async setProgressTokenIfAbsent(id: string, sealed: string, hash: string): Promise<void> {
      await school
        .updateTable('mirror_sessions')
        .set({ progress_token: sealed, progress_token_hash: hash })
        .where('id', '=', id)
        .where('progress_token_hash', 'is', null)
        .execute();
    },
    /** Writes a new live state if nobody else did meanwhile; false means: read again and retry. */
    async saveLive(id: string, expectedSeq: number, state: string): Promise<boolean> {
      const result = await school
        .updateTable('mirror_sessions')
        .set({ live_state: state, live_seq: expectedSeq + 1 })
        .where('id', '=', id)
        .where('live_seq', '=', expectedSeq)
        .where('status', '=', 'live')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}
