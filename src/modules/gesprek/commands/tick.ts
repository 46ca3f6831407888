/**
 * What teacher–student conversations do on their own, every quarter of an hour (and whenever a test moves the
 * clock and calls it): on an agreement's evaluation day, from seven in the morning, remind the teacher who holds
 * the conversation (PRODUCT G4). One mail per teacher per tick, with how many and a link; never a name or what was
 * agreed. A mail that cannot be sent gives its claims back, so the next tick tries again.
 */
import { isLocale, type Locale } from '../../../platform/i18n/index.ts';
import { conversationReminderMail } from '../../../platform/mail/templates.ts';
import { hourIn, SCHOOL_TIME_ZONE } from '../../../platform/text/days.ts';
import type { Services } from '../../../server/context.ts';
import { agreementsRepository, schoolsWithReminders } from '../repositories/agreements.ts';
import { today } from './conversations.ts';

/** Reminders wait for the school day: none in the night. */
export const REMINDER_HOUR = 7;

interface Claimed {
  schoolId: string;
  ids: string[];
}

export async function gesprekTick(
  services: Services,
  onMailError: (error: unknown) => void = () => undefined,
): Promise<{ reminded: number }> {
  const now = services.clock.now();
  if (hourIn(SCHOOL_TIME_ZONE, now) < REMINDER_HOUR) return { reminded: 0 };
  const day = today(services);
  const perTeacher = new Map<string, Claimed[]>();
  for (const schoolId of await schoolsWithReminders(services.db, day)) {
    // Claimed before sending: two instances ticking at once remind once.
    const claimed = await agreementsRepository(services.db, services.box, schoolId).claimReminders(day, now);
    for (const { id, teacherId } of claimed) {
      const claims = perTeacher.get(teacherId) ?? [];
      const inSchool = claims.find((c) => c.schoolId === schoolId);
      if (inSchool) inSchool.ids.push(id);
      else claims.push({ schoolId, ids: [id] });
      perTeacher.set(teacherId, claims);
    }
  }
  let reminded = 0;
  for (const [teacherId, claims] of perTeacher) {
    const count = claims.reduce((sum, c) => sum + c.ids.length, 0);
    try {
      await remind(services, teacherId, count);
      reminded += count;
    } catch (error) {
      onMailError(error);
      for (const { schoolId, ids } of claims) {
        await agreementsRepository(services.db, services.box, schoolId).releaseReminders(ids, now);
      }
    }
  }
  return { reminded };
}

async function remind(services: Services, teacherId: string, count: number): Promise<void> {
  const teacher = await services.db
    .selectFrom('users')
    .select(['email', 'locale'])
    .where('id', '=', teacherId)
    .executeTakeFirst();
  if (!teacher) return;
  const locale: Locale = isLocale(teacher.locale) ? teacher.locale : 'nl';
  await services.mailer.send(
    conversationReminderMail(locale, teacher.email, { count, link: `${services.publicUrl}/gesprekken` }),
  );
}
