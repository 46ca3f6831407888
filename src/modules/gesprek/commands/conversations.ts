/**
 * Starting a conversation (PRODUCT G1) and presenting one to the teacher who holds it or a colleague it was
 * shared with. Starting one also makes the student's personal link, so the teacher can pass it on at once.
 */
import type { z } from 'zod';
import type { School, User } from '../../../platform/db/schema.ts';
import { dayIn, SCHOOL_TIME_ZONE } from '../../../platform/text/days.ts';
import type { Services } from '../../../server/context.ts';
import { badRequest, notFound } from '../../../server/errors.ts';
import { usersRepository } from '../../accounts/repositories/users.ts';
import { isDue } from '../domain/agreements.ts';
import { emptyForm } from '../domain/forms.ts';
import { openVersion } from '../domain/questionCoach.ts';
import { type Agreement, agreementsRepository } from '../repositories/agreements.ts';
import { type Conversation, conversationsRepository } from '../repositories/conversations.ts';
import { studentsRepository } from '../repositories/students.ts';
import type { agreementSchema, conversationViewSchema, startInput } from '../routes/schemas.ts';
import { makeLink, presentLink } from './link.ts';

/** Today in the Netherlands, as YYYY-MM-DD. */
export function today(services: Services): string {
  return dayIn(SCHOOL_TIME_ZONE, services.clock.now());
}

/** Which student a new conversation is with: from the roster, added now, or the one of an earlier conversation. */
async function studentFor(
  services: Services,
  school: School,
  teacher: User,
  choice: z.infer<typeof startInput>['student'],
): Promise<{ studentId: string; previousId: string | null }> {
  const students = studentsRepository(services.db, school.id);
  if ('followUpOf' in choice) {
    const previous = await conversationsRepository(services.db, services.box, school.id).find(
      choice.followUpOf,
    );
    // Only the teacher who held a conversation follows it up: it is theirs, agreements and all.
    if (previous?.teacherId !== teacher.id)
      throw badRequest('errors.validation', { 'student.followUpOf': 'validation.choice' });
    return { studentId: previous.studentId, previousId: previous.id };
  }
  if ('id' in choice) {
    if (!(await students.find(choice.id)))
      throw badRequest('errors.validation', { 'student.id': 'validation.choice' });
    return { studentId: choice.id, previousId: null };
  }
  return { studentId: await students.add(choice, teacher.id, services.clock.now()), previousId: null };
}

export async function startConversation(
  services: Services,
  school: School,
  teacher: User,
  input: z.infer<typeof startInput>,
): Promise<{ id: string }> {
  const { studentId, previousId } = await studentFor(services, school, teacher, input.student);
  const conversations = conversationsRepository(services.db, services.box, school.id);
  const id = await conversations.create(
    {
      studentId,
      teacherId: teacher.id,
      previousId,
      aim: input.aim,
      plannedAt: input.plannedAt,
      level: input.level,
    },
    services.clock.now(),
  );
  await makeLink(services, (await conversations.find(id))!);
  return { id };
}

export function presentAgreement(agreement: Agreement, day: string): z.infer<typeof agreementSchema> {
  return {
    id: agreement.id,
    what: agreement.what,
    owner: agreement.owner,
    ownerOther: agreement.ownerOther,
    how: agreement.how,
    evaluateOn: agreement.evaluateOn,
    due: isDue(agreement, day),
    outcome: agreement.outcome,
    evaluationNote: agreement.evaluationNote,
    evaluatedAt: agreement.evaluatedAt,
  };
}

/**
 * Everything about a conversation for its page and its PDF. A colleague it was shared with (`viewerId`) reads the
 * student's preparation, the form and the agreements, and of the conversations before and after it only those
 * shared with them too; the link, the sharing and the teacher's own reflection on how they listened stay with the
 * teacher who holds it.
 */
export async function conversationView(
  services: Services,
  school: School,
  conversation: Conversation,
  access: 'holder' | 'shared',
  viewerId: string = conversation.teacherId,
): Promise<z.infer<typeof conversationViewSchema>> {
  const conversations = conversationsRepository(services.db, services.box, school.id);
  const agreements = agreementsRepository(services.db, services.box, school.id);
  const student = await studentsRepository(services.db, school.id).find(conversation.studentId);
  if (!student) throw notFound();
  const teacher = await usersRepository(services.db).find(conversation.teacherId);
  const holder = access === 'holder';
  const readable = async (c: Conversation | undefined) =>
    c !== undefined && (c.teacherId === viewerId || (await conversations.isSharedWith(c.id, viewerId)));
  const before = conversation.previousId ? await conversations.find(conversation.previousId) : undefined;
  const previous = (await readable(before)) ? before : undefined;
  const day = today(services);
  const listed = await agreements.list([conversation.id, ...(previous ? [previous.id] : [])]);
  const followUps: Conversation[] = [];
  for (const c of await conversations.withStudent(conversation.studentId)) {
    if (c.previousId === conversation.id && (await readable(c))) followUps.push(c);
  }
  return {
    id: conversation.id,
    schoolId: school.id,
    schoolName: school.name,
    access,
    student: { id: student.id, name: student.name, className: student.className },
    teacher: { id: conversation.teacherId, name: teacher?.name ?? '' },
    aim: conversation.aim,
    plannedAt: conversation.plannedAt,
    level: conversation.level,
    createdAt: conversation.createdAt,
    heldAt: conversation.heldAt,
    sharedWithStudent: conversation.sharedWithStudent,
    preparation: {
      answers: conversation.preparation,
      savedAt: conversation.preparationSavedAt,
      doneAt: conversation.preparationDoneAt,
    },
    form: conversation.form ?? emptyForm,
    studentHeard: { answer: conversation.studentHeard, note: conversation.studentHeardNote ?? '' },
    questions: holder ? conversation.questions.map((text) => ({ text, suggestion: openVersion(text) })) : [],
    agreements: listed
      .filter((a) => a.conversationId === conversation.id)
      .map((a) => presentAgreement(a, day)),
    previous: previous
      ? {
          id: previous.id,
          plannedAt: previous.plannedAt,
          aim: previous.aim,
          agreements: listed
            .filter((a) => a.conversationId === previous.id)
            .map((a) => presentAgreement(a, day)),
        }
      : null,
    followUps: followUps.map((c) => ({ id: c.id, plannedAt: c.plannedAt })),
    link: holder ? presentLink(services, conversation) : null,
    sharedWith: holder ? await conversations.sharedWith(conversation.id) : null,
    listening: holder ? { level: conversation.listeningLevel, note: conversation.listeningNote ?? '' } : null,
  };
}
