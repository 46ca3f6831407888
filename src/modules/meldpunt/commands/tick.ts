/**
 * What the reporting point does on its own, every quarter of an hour (and whenever a test moves the clock and
 * calls it): remind the assigned confidant before a deadline (an email with a link and nothing of the case),
 * and purge closed cases after the school's retention period, keeping only an anonymous registration (M6).
 */
import { randomUUID } from 'node:crypto';
import { isLocale, type Locale } from '../../../platform/i18n/index.ts';
import { meldpuntReminderMail } from '../../../platform/mail/templates.ts';
import type { Services } from '../../../server/context.ts';
import { schoolsRepository } from '../../accounts/repositories/organisations.ts';
import { deadlines, purgeDue, reminderDue } from '../domain/handling.ts';
import { confidantsOf, reportsRepository } from '../repositories/reports.ts';

export async function meldpuntTick(services: Services): Promise<{ reminded: number; purged: number }> {
  const now = services.clock.now();
  let reminded = 0;
  let purged = 0;
  for (const settings of await services.db.selectFrom('meldpunt_settings').selectAll().execute()) {
    const schoolId = settings.school_id;
    const repo = reportsRepository(services.db, schoolId);
    const school = await schoolsRepository(services.db).find(schoolId);
    const confidants = await confidantsOf(services.db, schoolId);
    for (const report of await repo.list()) {
      if (report.status === 'closed') {
        if (!purgeDue(report.closed_at, settings.retention_days, now)) continue;
        await services.db.transaction().execute(async (trx) => {
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
          // Content, messages, notes, steps, conversations and every key go with the row.
          await trx.deleteFrom('meldpunt_reports').where('id', '=', report.id).execute();
        });
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
      const recipients = report.assigned_to
        ? confidants.filter((c) => c.userId === report.assigned_to)
        : confidants;
      for (const c of recipients) {
        const user = await services.db
          .selectFrom('users')
          .select(['email', 'locale'])
          .where('id', '=', c.userId)
          .executeTakeFirst();
        if (!user) continue;
        const locale: Locale = isLocale(user.locale) ? user.locale : 'nl';
        await services.mailer.send(
          meldpuntReminderMail(locale, user.email, {
            kind: due,
            school: school?.name ?? '',
            due: (due === 'ack' ? d.ackDue : d.feedbackDue)!,
            link: `${services.publicUrl}/meldpunt/${schoolId}/${report.id}`,
          }),
        );
      }
      reminded += 1;
    }
  }
  return { reminded, purged };
}
