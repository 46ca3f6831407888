/** Intervision meetings of a school's facilitators, their members and the cases brought in (F3). */
import { randomUUID } from 'node:crypto';
import { type Database, forSchool } from '../../../platform/db/index.ts';

export function intervisionRepository(db: Database, schoolId: string) {
  const school = forSchool(db, schoolId);
  return {
    async create(
      meeting: { title: string; plannedAt: string; place: string; createdBy: string },
      memberIds: readonly string[],
      now: Date,
    ): Promise<string> {
      const id = randomUUID();
      await db.transaction().execute(async (trx) => {
        const scoped = forSchool(trx, schoolId);
        await scoped
          .insertInto('intervision_meetings', {
            id,
            title: meeting.title,
            planned_at: meeting.plannedAt,
            place: meeting.place,
            learned: '',
            created_by: meeting.createdBy,
            created_at: now.toISOString(),
            updated_at: now.toISOString(),
          })
          .execute();
        for (const userId of memberIds) {
          await scoped.insertInto('intervision_members', { meeting_id: id, user_id: userId }).execute();
        }
      });
      return id;
    },
    /** The meetings this person is a member of, soonest last planned first. */
    of(userId: string) {
      return school
        .selectFrom('intervision_meetings')
        .innerJoin('intervision_members', 'intervision_members.meeting_id', 'intervision_meetings.id')
        .selectAll('intervision_meetings')
        .where('intervision_members.user_id', '=', userId)
        .orderBy('intervision_meetings.planned_at', 'desc')
        .execute();
    },
    find(id: string) {
      return school.selectFrom('intervision_meetings').selectAll().where('id', '=', id).executeTakeFirst();
    },
    members(meetingId: string) {
      return school
        .selectFrom('intervision_members')
        .innerJoin('users', 'users.id', 'intervision_members.user_id')
        .select(['users.id as userId', 'users.name as name'])
        .where('intervision_members.meeting_id', '=', meetingId)
        .orderBy('users.name')
        .execute();
    },
    cases(meetingId: string) {
      return school
        .selectFrom('intervision_cases')
        .innerJoin('facilitator_reflections', 'facilitator_reflections.id', 'intervision_cases.reflection_id')
        .innerJoin('mirror_sessions', 'mirror_sessions.id', 'facilitator_reflections.session_id')
        .innerJoin('users', 'users.id', 'intervision_cases.brought_by')
        .select([
          'intervision_cases.id',
          'intervision_cases.question',
          'intervision_cases.brought_by',
          'users.name as brought_by_name',
          'mirror_sessions.title as session_title',
          'mirror_sessions.scheduled_at',
          'facilitator_reflections.answers',
        ])
        .where('intervision_cases.meeting_id', '=', meetingId)
        .orderBy('intervision_cases.created_at')
        .execute();
    },
    async countCases(meetingId: string): Promise<number> {
      const row = await school
        .selectFrom('intervision_cases')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('meeting_id', '=', meetingId)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async addCase(meetingId: string, reflectionId: string, by: string, question: string, now: Date) {
      const id = randomUUID();
      await school
        .insertInto('intervision_cases', {
          id,
          meeting_id: meetingId,
          reflection_id: reflectionId,
          brought_by: by,
          question,
          created_at: now.toISOString(),
        })
        .execute();
      return id;
    },
    findCase(id: string) {
      return school.selectFrom('intervision_cases').selectAll().where('id', '=', id).executeTakeFirst();
    },
    async removeCase(id: string): Promise<void> {
      await school.deleteFrom('intervision_cases').where('id', '=', id).execute();
    },
    async setLearned(meetingId: string, learned: string, now: Date): Promise<void> {
      await school
        .updateTable('intervision_meetings')
        .set({ learned, updated_at: now.toISOString() })
        .where('id', '=', meetingId)
        .execute();
    },
  };
}
