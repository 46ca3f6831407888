/** Peer observations of a session and the colleagues a facilitator shared one with (F3). */
import { randomUUID } from 'node:crypto';
import { type Database, forSchool } from '../../../platform/db/index.ts';
import type { ObservationAnswers } from '../domain/learning.ts';

export function observationsRepository(db: Database, schoolId: string) {
  const school = forSchool(db, schoolId);
  return {
    mine(sessionId: string, observerId: string) {
      return school
        .selectFrom('facilitator_observations')
        .selectAll()
        .where('session_id', '=', sessionId)
        .where('observer_id', '=', observerId)
        .executeTakeFirst();
    },
    find(id: string) {
      return school
        .selectFrom('facilitator_observations')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
    },
    /** Writes the observer's form; `send` makes it reach the facilitators (and final). */
    async save(
      sessionId: string,
      observerId: string,
      answers: ObservationAnswers,
      send: boolean,
      now: Date,
    ): Promise<void> {
      const at = now.toISOString();
      const set = { answers: JSON.stringify(answers), updated_at: at, sent_at: send ? at : null };
      // One statement: two first saves at once cannot both insert, and a sent observation stays as it was.
      await school
        .insertInto('facilitator_observations', {
          id: randomUUID(),
          session_id: sessionId,
          observer_id: observerId,
          created_at: at,
          ...set,
        })
        .onConflict((oc) =>
          oc
            .columns(['session_id', 'observer_id'])
            .doUpdateSet(set)
            .where('facilitator_observations.sent_at', 'is', null),
        )
        .execute();
    },
    /** Observations sent for these sessions, with the observer's name. */
    sentFor(sessionIds: readonly string[]) {
      if (sessionIds.length === 0) return Promise.resolve([]);
      return school
        .selectFrom('facilitator_observations')
        .innerJoin('users', 'users.id', 'facilitator_observations.observer_id')
        .selectAll('facilitator_observations')
        .select('users.name as observer_name')
        .where('facilitator_observations.session_id', 'in', sessionIds)
        .where('facilitator_observations.sent_at', 'is not', null)
        .orderBy('facilitator_observations.sent_at', 'desc')
        .execute();
    },
    writtenBy(observerId: string) {
      return school
        .selectFrom('facilitator_observations')
        .selectAll()
        .where('observer_id', '=', observerId)
        .orderBy('created_at', 'desc')
        .execute();
    },
    async sharedWith(observationId: string) {
      return school
        .selectFrom('facilitator_observation_shares')
        .innerJoin('users', 'users.id', 'facilitator_observation_shares.user_id')
        .select(['users.id as userId', 'users.name as name'])
        .where('facilitator_observation_shares.observation_id', '=', observationId)
        .orderBy('users.name')
        .execute();
    },
    async setShares(observationId: string, userIds: readonly string[], by: string, now: Date): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const scoped = forSchool(trx, schoolId);
        await scoped
          .deleteFrom('facilitator_observation_shares')
          .where('observation_id', '=', observationId)
          .execute();
        for (const userId of userIds) {
          await scoped
            .insertInto('facilitator_observation_shares', {
              observation_id: observationId,
              user_id: userId,
              shared_by: by,
              created_at: now.toISOString(),
            })
            .execute();
        }
      });
    },
    /** Observations someone else shared with this person, with the observer's name. */
    sharedTo(userId: string) {
      return school
        .selectFrom('facilitator_observation_shares')
        .innerJoin(
          'facilitator_observations',
          'facilitator_observations.id',
          'facilitator_observation_shares.observation_id',
        )
        .innerJoin('users', 'users.id', 'facilitator_observations.observer_id')
        .selectAll('facilitator_observations')
        .select('users.name as observer_name')
        .where('facilitator_observation_shares.user_id', '=', userId)
        .orderBy('facilitator_observations.sent_at', 'desc')
        .execute();
    },
  };
}
