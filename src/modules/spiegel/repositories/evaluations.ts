/**
 * The closing evaluation and aftercare requests. Answers, the receipts of who already answered, and aftercare
 * requests are three tables with nothing in common but the session: none can be joined to another.
 */
import { randomUUID } from 'node:crypto';
import { type Database, forSchool } from '../../../platform/db/index.ts';
import type { MirrorAftercareRequestTable } from '../../../platform/db/schema.ts';

export type AftercareRow = MirrorAftercareRequestTable & {
  handled_by_name: string | null;
  session_title: string;
};

export function mirrorEvaluationsRepository(db: Database, schoolId: string) {
  const school = forSchool(db, schoolId);
  return {
    /** Records that a participant answered; false when they already had. */
    async addReceipt(sessionId: string, participantId: string): Promise<boolean> {
      const r = await school
        .insertInto('mirror_evaluation_receipts', { session_id: sessionId, participant_id: participantId })
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
    },
    async addAnswers(sessionId: string, answers: unknown): Promise<void> {
      await school
        .insertInto('mirror_evaluations', {
          id: randomUUID(),
          session_id: sessionId,
          answers: JSON.stringify(answers),
        })
        .execute();
    },
    async answers(sessionId: string): Promise<unknown[]> {
      const rows = await school
        .selectFrom('mirror_evaluations')
        .select('answers')
        .where('session_id', '=', sessionId)
        .orderBy('id')
        .execute();
      return rows.map((r) => JSON.parse(r.answers) as unknown);
    },
    async removeReceipts(sessionId: string): Promise<void> {
      await school.deleteFrom('mirror_evaluation_receipts').where('session_id', '=', sessionId).execute();
    },
    async addAftercare(
      sessionId: string,
      request: { message: string | null; reach: string | null; recipient: string | null },
      now: Date,
    ): Promise<string> {
      const id = randomUUID();
      await school
        .insertInto('mirror_aftercare_requests', {
          id,
          session_id: sessionId,
          message: request.message,
          reach: request.reach,
          recipient_id: request.recipient,
          created_at: now.toISOString(),
          handled_at: null,
          handled_by: null,
        })
        .execute();
      return id;
    },
    async countAftercare(sessionId: string): Promise<number> {
      const row = await school
        .selectFrom('mirror_aftercare_requests')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('session_id', '=', sessionId)
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },
    /** Aftercare requests of these sessions, open ones first, newest first. */
    aftercare(sessionIds: readonly string[]): Promise<AftercareRow[]> {
      if (sessionIds.length === 0) return Promise.resolve([]);
      return school
        .selectFrom('mirror_aftercare_requests')
        .innerJoin('mirror_sessions', 'mirror_sessions.id', 'mirror_aftercare_requests.session_id')
        .leftJoin('users', 'users.id', 'mirror_aftercare_requests.handled_by')
        .selectAll('mirror_aftercare_requests')
        .select(['users.name as handled_by_name', 'mirror_sessions.title as session_title'])
        .where('mirror_aftercare_requests.session_id', 'in', [...sessionIds])
        .orderBy('mirror_aftercare_requests.created_at', 'desc')
        .execute();
    },
    async markHandled(sessionId: string, id: string, userId: string, now: Date): Promise<boolean> {
      const r = await school
        .updateTable('mirror_aftercare_requests')
        .set({ handled_at: now.toISOString(), handled_by: userId })
        .where('session_id', '=', sessionId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
  };
}
