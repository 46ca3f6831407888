/** Round 4's post-its of one school's sessions. */
import { type Database, forSchool } from '../../../platform/db/index.ts';
import type { Recommendation, Target } from '../domain/recommendations.ts';

export function mirrorRecommendationsRepository(db: Database, schoolId: string) {
  const school = forSchool(db, schoolId);
  return {
    async list(sessionId: string): Promise<Recommendation[]> {
      const rows = await school
        .selectFrom('mirror_recommendations')
        .select(['id', 'group_index', 'target', 'text'])
        .where('session_id', '=', sessionId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        groupIndex: r.group_index,
        target: r.target as Target,
        text: r.text,
      }));
    },
    async add(sessionId: string, r: Recommendation, now: Date): Promise<void> {
      await school
        .insertInto('mirror_recommendations', {
          id: r.id,
          session_id: sessionId,
          group_index: r.groupIndex,
          target: r.target,
          text: r.text,
          created_at: now.toISOString(),
        })
        .execute();
    },
    async count(sessionId: string): Promise<number> {
      const row = await school
        .selectFrom('mirror_recommendations')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('session_id', '=', sessionId)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async remove(sessionId: string, id: string): Promise<boolean> {
      const result = await school
        .deleteFrom('mirror_recommendations')
        .where('session_id', '=', sessionId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numDeletedRows) === 1;
    },
  };
}
