/**
 * Telling confidants that something needs them, by email with a link and nothing of the case: a new report, a
 * student's message, a deadline. The case's assignee, or every confidant of the school when nobody (who is still
 * a confidant) is assigned.
 */
import { isLocale, type Locale } from '../../../platform/i18n/index.ts';
import type { OutgoingMail } from '../../../platform/mail/mailer.ts';
import { meldpuntNoticeMail, meldpuntReminderMail } from '../../../platform/mail/templates.ts';
import type { Services } from '../../../server/context.ts';
import { schoolsRepository } from '../../accounts/repositories/organisations.ts';
import { confidantsOf, type ReportRow } from '../repositories/reports.ts';

async function recipients(services: Services, report: ReportRow) {
  const confidants = await confidantsOf(services.db, report.school_id);
  const assigned = confidants.filter((c) => c.userId === report.assigned_to);
  const chosen = assigned.length > 0 ? assigned : confidants;
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
 * Mails each recipient; one address that fails does not keep the others from hearing. Throws afterwards with a count
 * only: a mail server's refusal can quote the address, and a log of the reporting point names nobody.
 */
async function sendEach(
  services: Services,
  report: ReportRow,
  mail: (to: { email: string; locale: Locale }, school: string) => OutgoingMail,
): Promise<void> {
  const school = (await schoolsRepository(services.db).find(report.school_id))?.name ?? '';
  const people = await recipients(services, report);
  let failed = 0;
  for (const to of people) {
    try {
      await services.mailer.send(mail(to, school));
    } catch {
      failed += 1;
    }
  }
  if (failed > 0) throw new Error(`${failed} of ${people.length} confidant mails were not accepted`);
}

export async function notifyConfidants(
  services: Services,
  report: ReportRow,
  kind: 'report' | 'message',
): Promise<void> {
  await sendEach(services, report, (to, school) =>
    meldpuntNoticeMail(to.locale, to.email, { kind, school, link: caseLink(services, report) }),
  );
}

export async function remindConfidants(
  services: Services,
  report: ReportRow,
  kind: 'ack' | 'feedback',
  due: string,
): Promise<void> {
  await sendEach(services, report, (to, school) =>
    meldpuntReminderMail(to.locale, to.email, { kind, school, due, link: caseLink(services, report) }),
  );
}
