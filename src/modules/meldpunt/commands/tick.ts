/**
 * What the reporting point does on its own, every quarter of an hour (and whenever a test moves the clock and
 * calls it): remind the assigned confidant before a deadline (an email with a link and nothing of the case),
 * and purge closed cases after the school's retention period, keeping only an anonymous registration (M6).
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Services } from '../../../server/context.ts';
import { deadlines, purgeDue, reminderDue } from '../domain/handling.ts';
import { reportsRepository } from '../repositories/reports.ts';
import { remindConfidants } from './notify.ts';

/** The case was reopened, or another instance purged it, since it was read: undo and leave it. */
class NotPurged extends Error {}

export async function meldpuntTick(
  services: Services,
): Promise<{ reminded: number; purged: number; unsent: number }> {
  const now = services.clock.now();
  let reminded = 0;
  let unsent = 0;
  let purged = 0;
  for (const settings of await services.db.selectFrom('meldpunt_settings').selectAll().execute()) {
    const schoolId = settings.school_id;
    const repo = reportsRepository(services.db, schoolId);
    for (const report of await repo.list()) {
      if (report.status === 'closed') {
        if (!purgeDue(report.closed_at, settings.retention_days, now)) continue;
        // Deleted first, only if still closed as read: a case reopened meanwhile stays, and two instances purging
        // at once write one registration.
        const gone = await services.db
          .transaction()
          .execute(async (trx) => {
            // The log of who opened it goes too: after the purge there is nothing left to account for.
            await trx.deleteFrom('meldpunt_audit').where('report_id', '=', report.id).execute();
            const deleted = await trx
              .deleteFrom('meldpunt_reports')
              .where('id', '=', report.id)
              .where('status', '=', 'closed')
              .where('closed_at', '=', report.closed_at)
              .executeTakeFirst();
            if (Number(deleted.numDeletedRows) !== 1) throw new NotPurged();
            await trx
              .insertInto('meldpunt_registrations')
              .values({
                id: randomUUID(),
                school_id: schoolId,
                kind: report.kind,
                category: report.category,
                location: report.location,
                month: report.created_at.slice(0, 7),
                outcome: report.outcome ?? 'resolved',
                legal_duty: report.legal_duty,
              })
              .execute();
            return true;
          })
          .catch((error: unknown) => {
            if (error instanceof NotPurged) return false;
            throw error;
          });
        if (!gone) continue;
        purged += 1;
        continue;
      }
      if (report.kind !== 'report') continue;
      const d = deadlines(
        { status: report.status, createdAt: report.created_at, acknowledgedAt: report.acknowledged_at },
        { ackDays: settings.ack_days, feedbackMonths: settings.feedback_months },
        now,
      );
      const due = reminderDue(d, { ack: report.reminded_ack_at, feedback: report.reminded_feedback_at }, now);
      // Claimed before sending: two instances ticking at once send one reminder.
      if (!due || !(await repo.claimReminder(report.id, due, now))) continue;
      try {
        await remindConfidants(services, report, due, (due === 'ack' ? d.ackDue : d.feedbackDue)!);
        reminded += 1;
      } catch {
        // A refused address does not hold up the other cases' reminders or the purge.
        unsent += 1;
      }
    }
  }
  // SQLite overwrites deleted rows in the file (secure_delete), but the write-ahead log still holds the pages as
  // they were until a checkpoint: copied back and emptied now, so no copy of the data directory keeps them.
  if (purged > 0 && services.dialect === 'sqlite')
    await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(services.db);
  return { reminded, purged, unsent };
}
