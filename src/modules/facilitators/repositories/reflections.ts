/** Each facilitator's reflection log: one entry per session they led (F3). */
import { randomUUID } from 'node:crypto';
import { type Database, forSchool } from '../../../platform/db/index.ts';
import type { ReflectionAnswers } from '../domain/learning.ts';

export function reflectionsRepository(db: Database, schoolId: string) {
  const school = forSchool(db, schoolId);
  return {
    mine(sessionId: string, userId: string) {
      return school
        .selectFrom('facilitator_reflections')
        .selectAll()
        .where('session_id', '=', sessionId)
        .where('user_id', '=', userId)
        .executeTakeFirst();
    },
    find(id: string) {
      return school.selectFrom('facilitator_reflections').selectAll().where('id', '=', id).executeTakeFirst();
    },
    async save(sessionId: string, userId: string, answers: ReflectionAnswers, now: Date): Promise<void> {
      const at = now.toISOString();
      await school
        .insertInto('facilitator_reflections', {
          id: randomUUID(),
          session_id: sessionId,
          user_id: userId,
          answers: JSON.stringify(answers),
          created_at: at,
          updated_at: at,
        })
        .onConflict((oc) =>
          oc
            .columns(['session_id', 'user_id'])
            .doUpdateSet({ answers: JSON.stringify(answers), updated_at: at }),
        )
        .execute();
    },
    /** One person's log in this school, with each session's title and date. */
    of(userId: string) {
      return school
        .selectFrom('facilitator_reflections')
        .innerJoin('mirror_sessions', 'mirror_sessions.id', 'facilitator_reflections.session_id')
        .selectAll('facilitator_reflections')
        .select(['mirror_sessions.title as session_title', 'mirror_sessions.scheduled_at as scheduled_at'])
        .where('facilitator_reflections.user_id', '=', userId)
        .orderBy('mirror_sessions.scheduled_at', 'desc')
        .execute();
    },
  };
}

/** The sessions a person facilitates (or facilitated) in a school, newest first. */
export function sessionsFacilitatedBy(db: Database, schoolId: string, userId: string) {
  return forSchool(db, schoolId)
    .selectFrom('mirror_sessions')
    .innerJoin('mirror_facilitators', 'mirror_facilitators.session_id', 'mirror_sessions.id')
    .selectAll('mirror_sessions')
    .where('mirror_facilitators.user_id', '=', userId)
    .orderBy('mirror_sessions.scheduled_at', 'desc')
    .execute();
}
