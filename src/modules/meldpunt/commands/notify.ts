/**
 * Telling confidants that something needs them, by email with a link and nothing of the case: a new report, a
 * student's message, a deadline. The case's assignee, or every confidant who can open it when the assignee cannot
 * (or nobody is assigned).
 */
import { isLocale, type Locale } from '../../../platform/i18n/index.ts';
import type { OutgoingMail } from '../../../platform/mail/mailer.ts';
import { meldpuntNoticeMail, meldpuntReminderMail } from '../../../platform/mail/templates.ts';
import type { Services } from '../../../server/context.ts';
import { schoolsRepository } from '../../accounts/repositories/organisations.ts';
import { confidantsOf, type ReportRow, reportsRepository } from '../repositories/reports.ts';
import { opens } from './caseKeys.ts';

/**
 * Who hears of a case: its assignee if they can open it, otherwise every confidant who can; when nobody can any more
 * (all lost access), every confidant, so that someone sees to it.
 */
async function recipients(services: Services, report: ReportRow) {
  const confidants = await confidantsOf(services.db, report.school_id);
  const grants = await reportsRepository(services.db, report.school_id).grantsOf(report.id);
  const able = confidants.filter((c) =>
    opens(
      grants.find((g) => g.user_id === c.userId),
      report,
      c.publicKey,
    ),
  );
  const assigned = able.filter((c) => c.userId === report.assigned_to);
  const chosen = assigned.length > 0 ? assigned : able.length > 0 ? able : confidants;
  const users = await Promise.all(
    chosen.map((c) =>
      services.db
        .selectFrom('users')
        .select(['email', 'locale'])
        .where('id', '=', c.userId)
        .executeTakeFirst(),
    ),
  );
  return users.flatMap((u) =>
    u ? [{ email: u.email, locale: (isLocale(u.locale) ? u.locale : 'nl') as Locale }] : [],
  );
}

const caseLink = (services: Services, report: ReportRow) =>
  `${services.publicUrl}/meldpunt/${report.school_id}/${report.id}`;

/**
 * Mails each recipient; one address that fails does not keep the others from hearing. Answers how many mails were
 * accepted; a failure is never thrown with the address in it (a mail server's refusal can quote it, and a log of
 * the reporting point names nobody).
 */
async function sendEach(
  services: Services,
  report: ReportRow,
  mail: (to: { email: string; locale: Locale }, school: string) => OutgoingMail,
): Promise<{ sent: number; failed: number }> {
  const school = (await schoolsRepository(services.db).find(report.school_id))?.name ?? '';
  let sent = 0;
  let failed = 0;
  for (const to of await recipients(services, report)) {
    try {
      await services.mailer.send(mail(to, school));
      sent += 1;
    } catch {
      failed += 1;
    }
  }
  return { sent, failed };
}

/** A new report or a student's message; throws (with counts only) when a mail was not accepted. */
export async function notifyConfidants(
  services: Services,
  report: ReportRow,
  kind: 'report' | 'message',
): Promise<void> {
  const { sent, failed } = await sendEach(services, report, (to, school) =>
    meldpuntNoticeMail(to.locale, to.email, { kind, school, link: caseLink(services, report) }),
  );
  if (failed > 0) throw new Error(`${failed} of ${sent + failed} confidant mails were not accepted`);
}

/** A deadline coming up; answers how many of its mails were accepted. */
export async function remindConfidants(
  services: Services,
  report: ReportRow,
  kind: 'ack' | 'feedback',
  due: string,
): Promise<number> {
  const { sent } = await sendEach(services, report, (to, school) =>
    meldpuntReminderMail(to.locale, to.email, { kind, school, due, link: caseLink(services, report) }),
  );
  return sent;
}
