/** Checklist steps, internal notes and restorative conversations of cases; every free text is sealed. */
import { randomUUID } from 'node:crypto';
import { type Database, forSchool } from '../../../platform/db/index.ts';

export function handlingRepository(db: Database, schoolId: string) {
  const school = forSchool(db, schoolId);
  return {
    steps(reportId: string) {
      return school.selectFrom('meldpunt_steps').selectAll().where('report_id', '=', reportId).execute();
    },
    async setStep(
      reportId: string,
      checklist: string,
      step: string,
      set: { done_at: string | null; done_by: string | null; note: string },
    ): Promise<void> {
      await school
        .insertInto('meldpunt_steps', { report_id: reportId, checklist, step, ...set })
        .onConflict((oc) => oc.columns(['report_id', 'checklist', 'step']).doUpdateSet(set))
        .execute();
    },
    /** Re-seals a step's note (to the case key), leaving its tick as it is. */
    async setStepNote(reportId: string, checklist: string, step: string, note: string): Promise<void> {
      await school
        .updateTable('meldpunt_steps')
        .set({ note })
        .where('report_id', '=', reportId)
        .where('checklist', '=', checklist)
        .where('step', '=', step)
        .execute();
    },
    notes(reportId: string) {
      return school
        .selectFrom('meldpunt_notes')
        .leftJoin('users', 'users.id', 'meldpunt_notes.user_id')
        .selectAll('meldpunt_notes')
        .select('users.name as author_name')
        .where('meldpunt_notes.report_id', '=', reportId)
        .orderBy('meldpunt_notes.created_at')
        .orderBy('meldpunt_notes.id')
        .execute();
    },
    async addNote(reportId: string, userId: string, body: string, now: Date): Promise<void> {
      await school
        .insertInto('meldpunt_notes', {
          id: randomUUID(),
          report_id: reportId,
          user_id: userId,
          body,
          created_at: now.toISOString(),
        })
        .execute();
    },
    async setNoteBody(id: string, body: string): Promise<void> {
      await school.updateTable('meldpunt_notes').set({ body }).where('id', '=', id).execute();
    },
    restorative(reportId: string) {
      return school
        .selectFrom('meldpunt_restorative')
        .selectAll()
        .where('report_id', '=', reportId)
        .orderBy('planned_at')
        .execute();
    },
    findRestorative(id: string) {
      return school.selectFrom('meldpunt_restorative').selectAll().where('id', '=', id).executeTakeFirst();
    },
    async addRestorative(
      reportId: string,
      row: { planned_at: string; participants: string; agreements: string },
      now: Date,
    ): Promise<string> {
      const id = randomUUID();
      await school
        .insertInto('meldpunt_restorative', {
          id,
          report_id: reportId,
          ...row,
          held_at: null,
          created_at: now.toISOString(),
        })
        .execute();
      return id;
    },
    async updateRestorative(
      id: string,
      set: { held_at?: string | null; participants?: string; agreements?: string },
    ): Promise<void> {
      await school.updateTable('meldpunt_restorative').set(set).where('id', '=', id).execute();
    },
  };
}
