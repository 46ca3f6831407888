/**
 * The student's personal link (PRODUCT G1) and what it opens: the preparation before the conversation, and the
 * agreed form once the teacher shares it. The token travels after `#` (browsers never send it, so it stays out of
 * logs); the server keeps its hash to look it up and a sealed copy so the teacher can copy the link again.
 */
import type { z } from 'zod';
import { hashToken, newToken } from '../../../platform/crypto/tokens.ts';
import type { Services } from '../../../server/context.ts';
import { conflict, HttpError } from '../../../server/errors.ts';
import { schoolsRepository } from '../../accounts/repositories/organisations.ts';
import { usersRepository } from '../../accounts/repositories/users.ts';
import { emptyForm, emptyPreparation, type Heard, type PreparationAnswers } from '../domain/forms.ts';
import { linkExpiry, linkState, preparationOpen } from '../domain/link.ts';
import { agreementsRepository } from '../repositories/agreements.ts';
import {
  type Conversation,
  conversationByLinkHash,
  conversationsRepository,
} from '../repositories/conversations.ts';
import { studentsRepository } from '../repositories/students.ts';
import type { linkSchema, studentViewSchema } from '../routes/schemas.ts';

function linkUrl(services: Services, token: string): string {
  return `${services.publicUrl}/voorbereiden#token=${token}`;
}

/** A new link for the student; the one before it stops working. */
export async function makeLink(services: Services, conversation: Conversation): Promise<void> {
  const token = newToken();
  const now = services.clock.now();
  await conversationsRepository(services.db, services.box, conversation.schoolId).update(
    conversation.id,
    {
      link: {
        token,
        tokenHash: hashToken(token),
        expiresAt: linkExpiry(now, conversation.plannedAt).toISOString(),
      },
    },
    now,
  );
}

export async function revokeLink(services: Services, conversation: Conversation): Promise<void> {
  await conversationsRepository(services.db, services.box, conversation.schoolId).update(
    conversation.id,
    { link: null },
    services.clock.now(),
  );
}

export function presentLink(services: Services, conversation: Conversation): z.infer<typeof linkSchema> {
  const state = linkState(conversation.link, services.clock.now());
  return {
    state,
    url: state === 'active' && conversation.link.token ? linkUrl(services, conversation.link.token) : null,
    expiresAt: conversation.link.expiresAt,
  };
}

/** The conversation a student's token opens: unknown and revoked links are not found, expired ones are gone. */
export async function conversationByToken(services: Services, token: string): Promise<Conversation> {
  const conversation = await conversationByLinkHash(services.db, services.box, hashToken(token));
  if (!conversation) throw new HttpError(404, 'errors.gesprek.linkUnknown');
  if (linkState(conversation.link, services.clock.now()) !== 'active')
    throw new HttpError(410, 'errors.gesprek.linkExpired');
  return conversation;
}

/** What the student sees: their preparation, and, once the teacher shares it, what was agreed. */
export async function studentView(
  services: Services,
  conversation: Conversation,
): Promise<z.infer<typeof studentViewSchema>> {
  const student = await studentsRepository(services.db, conversation.schoolId).find(conversation.studentId);
  const teacher = await usersRepository(services.db).find(conversation.teacherId);
  const school = await schoolsRepository(services.db).find(conversation.schoolId);
  const shared = conversation.sharedWithStudent && conversation.heldAt !== null;
  const agreements = shared
    ? await agreementsRepository(services.db, services.box, conversation.schoolId).list([conversation.id])
    : [];
  return {
    studentName: student?.name ?? '',
    teacherName: teacher?.name ?? '',
    schoolName: school?.name ?? '',
    aim: conversation.aim,
    plannedAt: conversation.plannedAt,
    level: conversation.level,
    held: conversation.heldAt !== null,
    answers: conversation.preparation ?? emptyPreparation,
    savedAt: conversation.preparationSavedAt,
    doneAt: conversation.preparationDoneAt,
    expiresAt: conversation.link.expiresAt!,
    agreed: shared
      ? {
          form: conversation.form ?? emptyForm,
          agreements: agreements.map(({ what, owner, ownerOther, how, evaluateOn }) => ({
            what,
            owner,
            ownerOther,
            how,
            evaluateOn,
          })),
        }
      : null,
    heard: { answer: conversation.studentHeard, note: conversation.studentHeardNote ?? '' },
  };
}

/** The student saves their preparation; after the conversation it is closed. */
export async function savePreparation(
  services: Services,
  conversation: Conversation,
  answers: PreparationAnswers,
  done: boolean,
): Promise<void> {
  if (!preparationOpen(conversation)) throw conflict('errors.gesprek.preparationClosed');
  const now = services.clock.now();
  const saved = await conversationsRepository(services.db, services.box, conversation.schoolId).updateWhile(
    conversation.id,
    false,
    {
      preparation: answers,
      preparationSavedAt: now.toISOString(),
      // Saying "done" once stays said; saving again later keeps when it was first finished.
      ...(done && !conversation.preparationDoneAt ? { preparationDoneAt: now.toISOString() } : {}),
    },
    now,
  );
  if (!saved) throw conflict('errors.gesprek.preparationClosed');
}

/** The student says, after the conversation, whether they felt listened to. */
export async function saveHeard(
  services: Services,
  conversation: Conversation,
  answer: Heard,
  note: string,
): Promise<void> {
  if (conversation.heldAt === null) throw conflict('errors.gesprek.notHeldYet');
  const saved = await conversationsRepository(services.db, services.box, conversation.schoolId).updateWhile(
    conversation.id,
    true,
    { studentHeard: { answer, note } },
    services.clock.now(),
  );
  if (!saved) throw conflict('errors.gesprek.notHeldYet');
}
