/** The board's crisis logs of one school and their steps. Titles and notes hold only sealed text. */
import { randomUUID } from 'node:crypto';
import { type Database, forSchool } from '../../../platform/db/index.ts';
import type { MeldpuntCrisisTable } from '../../../platform/db/schema.ts';

export type CrisisRow = MeldpuntCrisisTable;

export function crisesRepository(db: Database, schoolId: string) {
  const school = forSchool(db, schoolId);
  const withNames = () =>
    school
      .selectFrom('meldpunt_crises')
      .leftJoin('users as starter', 'starter.id', 'meldpunt_crises.started_by')
      .leftJoin('users as closer', 'closer.id', 'meldpunt_crises.closed_by')
      .selectAll('meldpunt_crises')
      .select(['starter.name as started_by_name', 'closer.name as closed_by_name']);
  return {
    /** Newest first. */
    list() {
      return withNames().orderBy('meldpunt_crises.started_at', 'desc').execute();
    },
    find(id: string) {
      return withNames().where('meldpunt_crises.id', '=', id).executeTakeFirst();
    },
    /** The log a confidant started from this case, if any. */
    byReport(reportId: string) {
      return school
        .selectFrom('meldpunt_crises')
        .selectAll()
        .where('report_id', '=', reportId)
        .executeTakeFirst();
    },
    async create(
      row: { reportId: string | null; title: string; startedBy: string },
      now: Date,
    ): Promise<string> {
      const id = randomUUID();
      await school
        .insertInto('meldpunt_crises', {
          id,
          report_id: row.reportId,
          title: row.title,
          started_by: row.startedBy,
          started_at: now.toISOString(),
          closed_at: null,
          closed_by: null,
        })
        .execute();
      return id;
    },
    async update(
      id: string,
      set: Partial<Pick<CrisisRow, 'title' | 'closed_at' | 'closed_by'>>,
    ): Promise<void> {
      await school.updateTable('meldpunt_crises').set(set).where('id', '=', id).execute();
    },
    steps(crisisIds: readonly string[]) {
      if (crisisIds.length === 0) return Promise.resolve([]);
      return school
        .selectFrom('meldpunt_crisis_steps')
        .leftJoin('users', 'users.id', 'meldpunt_crisis_steps.done_by')
        .selectAll('meldpunt_crisis_steps')
        .select('users.name as done_by_name')
        .where('meldpunt_crisis_steps.crisis_id', 'in', crisisIds)
        .execute();
    },
    async setStep(
      crisisId: string,
      step: string,
      set: { done_at: string | null; done_by: string | null; note: string },
    ): Promise<void> {
      await school
        .insertInto('meldpunt_crisis_steps', { crisis_id: crisisId, step, ...set })
        .onConflict((oc) => oc.columns(['crisis_id', 'step']).doUpdateSet(set))
        .execute();
    },
  };
}

/** Whom to tell that a crisis log started: the school's leaders, or its administrators when it has none. */
export async function boardOf(db: Database, schoolId: string) {
  const holders = (role: string) =>
    db
      .selectFrom('memberships')
      .innerJoin('users', 'users.id', 'memberships.user_id')
      .select(['users.id', 'users.email', 'users.locale'])
      .where('memberships.school_id', '=', schoolId)
      .where('memberships.role', '=', role)
      .execute();
  const leaders = await holders('leader');
  return leaders.length > 0 ? leaders : holders('admin');
}
