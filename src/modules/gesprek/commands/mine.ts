/**
 * A teacher's own view across their schools: the conversations they hold and those shared with them, the
 * agreements due for evaluation (PRODUCT G4), and how they listened over time (G3). Only ever the caller's own:
 * there is no view of another teacher's listening.
 */
import type { z } from 'zod';
import type { AuthContext } from '../../../server/auth.ts';
import type { Services } from '../../../server/context.ts';
import { schoolsRepository } from '../../accounts/repositories/organisations.ts';
import { addDays, COMING_UP_DAYS, isDue } from '../domain/agreements.ts';
import { defaultLevel } from '../domain/forms.ts';
import { linkState } from '../domain/link.ts';
import { type HeldConversation, listeningOverview } from '../domain/listening.ts';
import { agreementsRepository } from '../repositories/agreements.ts';
import { type Conversation, conversationsRepository } from '../repositories/conversations.ts';
import type { listeningOverviewSchema, myConversationsSchema, summarySchema } from '../routes/schemas.ts';
import { today } from './conversations.ts';

type Listed = Conversation & { studentName: string; className: string; teacherName: string };

function summary(
  services: Services,
  school: { id: string; name: string },
  c: Listed,
): z.infer<typeof summarySchema> {
  return {
    id: c.id,
    schoolId: school.id,
    schoolName: school.name,
    studentName: c.studentName,
    className: c.className,
    teacherName: c.teacherName,
    aim: c.aim,
    plannedAt: c.plannedAt,
    heldAt: c.heldAt,
    preparation: c.preparationDoneAt ? 'done' : c.preparationSavedAt ? 'saved' : 'none',
    link: linkState(c.link, services.clock.now()),
  };
}

/** The caller's schools, each once, with the school's record. */
async function schoolsOf(services: Services, auth: AuthContext) {
  const ids = [...new Set(auth.memberships.map((m) => m.schoolId))];
  const schools = await Promise.all(ids.map((id) => schoolsRepository(services.db).find(id)));
  return schools.filter((s) => s !== undefined);
}

export async function myConversations(
  services: Services,
  auth: AuthContext,
): Promise<z.infer<typeof myConversationsSchema>> {
  const me = auth.user!.id;
  const day = today(services);
  const result: z.infer<typeof myConversationsSchema> = { schools: [], held: [], shared: [], agreements: [] };
  for (const school of await schoolsOf(services, auth)) {
    if (auth.memberships.some((m) => m.schoolId === school.id && m.role === 'teacher'))
      result.schools.push({ id: school.id, name: school.name, level: defaultLevel(school.kind) });
    const conversations = conversationsRepository(services.db, services.box, school.id);
    result.held.push(...(await conversations.listFor(me, 'held')).map((c) => summary(services, school, c)));
    result.shared.push(
      ...(await conversations.listFor(me, 'shared')).map((c) => summary(services, school, c)),
    );
    const open = await agreementsRepository(services.db, services.box, school.id).openFor(
      me,
      addDays(day, COMING_UP_DAYS),
    );
    result.agreements.push(
      ...open.map((a) => ({
        id: a.id,
        conversationId: a.conversationId,
        schoolId: school.id,
        studentName: a.studentName,
        className: a.className,
        what: a.what,
        evaluateOn: a.evaluateOn,
        due: isDue(a, day),
      })),
    );
  }
  result.held.sort((a, b) => b.plannedAt.localeCompare(a.plannedAt));
  result.shared.sort((a, b) => b.plannedAt.localeCompare(a.plannedAt));
  result.agreements.sort((a, b) => a.evaluateOn.localeCompare(b.evaluateOn));
  return result;
}

/** How the caller listened in the conversations they held, with what their students said, over time. */
export async function myListening(
  services: Services,
  auth: AuthContext,
): Promise<z.infer<typeof listeningOverviewSchema>> {
  const me = auth.user!.id;
  const held: (HeldConversation & { id: string; schoolId: string; studentName: string })[] = [];
  for (const school of await schoolsOf(services, auth)) {
    const conversations = conversationsRepository(services.db, services.box, school.id);
    for (const c of await conversations.listFor(me, 'held')) {
      if (c.heldAt === null) continue;
      held.push({
        id: c.id,
        schoolId: school.id,
        studentName: c.studentName,
        heldAt: c.heldAt,
        level: c.listeningLevel,
        heard: c.studentHeard,
      });
    }
  }
  held.sort((a, b) => b.heldAt.localeCompare(a.heldAt));
  return {
    ...listeningOverview(held),
    recent: held.slice(0, 20).map((c) => ({
      id: c.id,
      schoolId: c.schoolId,
      studentName: c.studentName,
      heldAt: c.heldAt,
      level: c.level,
      heard: c.heard,
    })),
  };
}
