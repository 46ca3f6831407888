/**
 * What teacher–student conversations do on their own, every quarter of an hour (and whenever a test moves the
 * clock and calls it): on an agreement's evaluation day, remind the teacher who holds the conversation (PRODUCT
 * G4). One mail per teacher per tick, with how many and a link; never a name or what was agreed.
 */
import { isLocale, type Locale } from '../../../platform/i18n/index.ts';
import { conversationReminderMail } from '../../../platform/mail/templates.ts';
import type { Services } from '../../../server/context.ts';
import { agreementsRepository, schoolsWithReminders } from '../repositories/agreements.ts';
import { today } from './conversations.ts';

export async function gesprekTick(services: Services): Promise<{ reminded: number }> {
  const day = today(services);
  const now = services.clock.now();
  const perTeacher = new Map<string, number>();
  for (const schoolId of await schoolsWithReminders(services.db, day)) {
    // Claimed before sending: two instances ticking at once remind once.
    const claimed = await agreementsRepository(services.db, services.box, schoolId).claimReminders(day, now);
    for (const { teacherId } of claimed) perTeacher.set(teacherId, (perTeacher.get(teacherId) ?? 0) + 1);
  }
  for (const [teacherId, count] of perTeacher) {
    const teacher = await services.db
      .selectFrom('users')
      .select(['email', 'locale'])
      .where('id', '=', teacherId)
      .executeTakeFirst();
    if (!teacher) continue;
    const locale: Locale = isLocale(teacher.locale) ? teacher.locale : 'nl';
    await services.mailer.send(
      conversationReminderMail(locale, teacher.email, { count, link: `${services.publicUrl}/gesprekken` }),
    );
  }
  return { reminded: [...perTeacher.values()].reduce((sum, n) => sum + n, 0) };
}
