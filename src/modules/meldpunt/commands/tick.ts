/**
 * What the reporting point does on its own, every quarter of an hour (and whenever a test moves the clock and
 * calls it): remind the assigned confidant before a deadline (an email with a link and nothing of the case),
 * and purge closed cases after the school's retention period, keeping only an anonymous registration (M6).
 */
import { randomUUID } from 'node:crypto';
import { forgetOldPages } from '../../../platform/db/index.ts';
import type { Services } from '../../../server/context.ts';
import { deadlines, purgeDue, reminderDue } from '../domain/handling.ts';
import { type ReportRow, reportsRepository } from '../repositories/reports.ts';
import type { MeldpuntSettings } from '../repositories/settings.ts';
import { remindConfidants } from './notify.ts';

/** The case was reopened, or another instance purged it, since it was read: undo and leave it. */
class NotPurged extends Error {}

export async function meldpuntTick(
  services: Services,
): Promise<{ reminded: number; purged: number; unsent: number }> {
  const now = services.clock.now();
  const counts = { reminded: 0, purged: 0, unsent: 0 };
  try {
    for (const settings of await services.db.selectFrom('meldpunt_settings').selectAll().execute()) {
      for (const report of await reportsRepository(services.db, settings.school_id).list()) {
        if (report.status === 'closed') {
          if (purgeDue(report.closed_at, settings.retention_days, now) && (await purge(services, report)))
            counts.purged += 1;
          continue;
        }
        const reminder = await remind(services, settings, report, now);
        if (reminder === 'sent') counts.reminded += 1;
        if (reminder === 'unsent') counts.unsent += 1;
      }
    }
  } finally {
    // Purged cases are gone from the file's pages; the write-ahead log is emptied too (also if a later step failed).
    if (counts.purged > 0) await forgetOldPages(services.db, services.dialect);
  }
  return counts;
}

/**
 * Deletes a closed case and writes its anonymous registration; false when it was reopened (or purged by another
 * instance) since it was read. Deleted first, only if still closed as read: two instances purging at once write
 * one registration.
 */
async function purge(services: Services, report: ReportRow): Promise<boolean> {
  return services.db
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
          school_id: report.school_id,
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
}

/**
 * Reminds the confidants of an open report before a deadline, once. Claimed before sending, so two instances
 * ticking at once send one; given back when no mail was accepted (the mail server is down?), so the next tick tries
 * again. A refused address does not hold up the other cases' reminders or the purge.
 */
async function remind(
  services: Services,
  settings: MeldpuntSettings,
  report: ReportRow,
  now: Date,
): Promise<'sent' | 'unsent' | 'none'> {
  if (report.kind !== 'report') return 'none';
  const d = deadlines(
    { status: report.status, createdAt: report.created_at, acknowledgedAt: report.acknowledged_at },
    { ackDays: settings.ack_days, feedbackMonths: settings.feedback_months },
    now,
  );
  const due = reminderDue(d, { ack: report.reminded_ack_at, feedback: report.reminded_feedback_at }, now);
  const repo = reportsRepository(services.db, report.school_id);
  if (!due || !(await repo.claimReminder(report.id, due, now))) return 'none';
  const sent = await remindConfidants(services, report, due, (due === 'ack' ? d.ackDue : d.feedbackDue)!);
  if (sent > 0) return 'sent';
  await repo.releaseReminder(report.id, due);
  return 'unsent';
}
