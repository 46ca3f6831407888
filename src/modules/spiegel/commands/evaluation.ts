/**
 * The closing evaluation from the phones (S9) and requests for aftercare. An answer is stored without who gave
 * it; a separate receipt stops a second one from the same phone. A request for aftercare is stored apart from
 * the answers, holds only what the person chose to write, and its contact person gets a mail that says no more
 * than that there is a request.
 */
import type { z } from 'zod';
import { hashToken } from '../../../platform/crypto/tokens.ts';
import type { MirrorSession } from '../../../platform/db/schema.ts';
import { isLocale } from '../../../platform/i18n/index.ts';
import { aftercareMail } from '../../../platform/mail/templates.ts';
import { inBackground, type Services } from '../../../server/context.ts';
import { conflict, HttpError } from '../../../server/errors.ts';
import { membershipsRepository } from '../../accounts/repositories/memberships.ts';
import { usersRepository } from '../../accounts/repositories/users.ts';
import {
  type EvaluationAnswers,
  type EvaluationSummary,
  pendingEvaluations,
  summariseEvaluations,
} from '../domain/evaluation.ts';
import { mirrorEvaluationsRepository } from '../repositories/evaluations.ts';
import { idempotencyRepository, participantByTokenHash } from '../repositories/participants.ts';
import { mirrorSessionById, mirrorSessionsRepository } from '../repositories/sessions.ts';
import type { aftercareInput } from '../routes/followUpSchemas.ts';

type Aftercare = { message: string | null; reach: string | null };

/**
 * Who a request for aftercare goes to: the session's contact person while they belong to the school; else
 * (null) the school's coordinators. Fixed when the request is made, so choosing another contact person later
 * does not hand over what was asked of the first.
 */
async function aftercareRecipient(services: Services, session: MirrorSession): Promise<string | null> {
  if (!session.contact_person_id) return null;
  const people = await membershipsRepository(services.db, session.school_id).people();
  return people.some((p) => p.userId === session.contact_person_id) ? session.contact_person_id : null;
}

/** The participant and their session, for a write from a phone. */
async function participantSession(services: Services, token: string) {
  const participant = await participantByTokenHash(services.db, hashToken(token));
  if (!participant) throw new HttpError(403, 'errors.participantUnknown');
  const session = await mirrorSessionById(services.db, participant.session_id);
  if (!session) throw new HttpError(403, 'errors.participantUnknown');
  return { participant, session };
}

/**
 * Stores one phone's evaluation (and, apart from it, a request for aftercare) under the session's row lock, so
 * nothing is added once the session has closed.
 */
export async function submitEvaluation(
  services: Services,
  input: {
    token: string;
    answers: EvaluationAnswers;
    aftercare: z.infer<typeof aftercareInput> | null;
    idempotencyKey: string;
  },
  onMailError: (error: unknown) => void,
): Promise<void> {
  const { participant, session } = await participantSession(services, input.token);
  const aftercare: Aftercare | null = input.aftercare
    ? { message: input.aftercare.message?.trim() || null, reach: input.aftercare.reach?.trim() || null }
    : null;
  const recipient = aftercare ? await aftercareRecipient(services, session) : null;
  const stored = await services.db.transaction().execute(async (trx) => {
    if (!(await mirrorSessionsRepository(trx, session.school_id).lockLive(session.id)))
      throw conflict('errors.noEvaluationNow');
    // Not scoped by participant: a key linked to a person and a time could tie them to an aftercare request.
    // The receipt below is what stops a second evaluation from the same phone.
    const idempotency = idempotencyRepository(trx, session.school_id);
    if (!(await idempotency.put(`eval:${session.id}`, input.idempotencyKey, {}, services.clock.now())))
      return false;
    const evaluations = mirrorEvaluationsRepository(trx, session.school_id);
    if (!(await evaluations.addReceipt(session.id, participant.id)))
      throw conflict('errors.alreadyEvaluated');
    await evaluations.addAnswers(session.id, input.answers);
    if (aftercare)
      await evaluations.addAftercare(session.id, { ...aftercare, recipient }, services.clock.now());
    return true;
  });
  if (stored && aftercare)
    inBackground(services, notifyRecipients(services, session, recipient), onMailError);
}

/**
 * A request for aftercare on its own, from a phone that already evaluated (or wants only this). Stored like one
 * sent with the evaluation: apart from any answers, with only what the person wrote.
 */
export async function requestAftercare(
  services: Services,
  input: { token: string; message?: string | undefined; reach?: string | undefined; idempotencyKey: string },
  onMailError: (error: unknown) => void,
): Promise<void> {
  const { session } = await participantSession(services, input.token);
  const request = { message: input.message?.trim() || null, reach: input.reach?.trim() || null };
  const recipient = await aftercareRecipient(services, session);
  const stored = await services.db.transaction().execute(async (trx) => {
    if (!(await mirrorSessionsRepository(trx, session.school_id).lockLive(session.id)))
      throw conflict('errors.sessionNotLive');
    const idempotency = idempotencyRepository(trx, session.school_id);
    if (!(await idempotency.put(`aftercare:${session.id}`, input.idempotencyKey, {}, services.clock.now())))
      return false;
    await mirrorEvaluationsRepository(trx, session.school_id).addAftercare(
      session.id,
      { ...request, recipient },
      services.clock.now(),
    );
    return true;
  });
  if (stored) inBackground(services, notifyRecipients(services, session, recipient), onMailError);
}

/** The people of the school who may read a request for aftercare: its recipient, or else the coordinators. */
export async function aftercareReaders(
  services: Services,
  schoolId: string,
  recipient: string | null,
): Promise<Set<string>> {
  const people = await membershipsRepository(services.db, schoolId).people();
  if (recipient && people.some((p) => p.userId === recipient)) return new Set([recipient]);
  return new Set(people.filter((p) => p.role === 'coordinator').map((p) => p.userId));
}

/** Mails who may read the request; the mail says only that there is one. */
async function notifyRecipients(services: Services, session: MirrorSession, recipient: string | null) {
  const users = usersRepository(services.db);
  for (const userId of await aftercareReaders(services, session.school_id, recipient)) {
    const user = await users.find(userId);
    if (!user) continue;
    const locale = isLocale(user.locale) ? user.locale : 'nl';
    await services.mailer.send(
      aftercareMail(locale, user.email, { session: session.title, link: `${services.publicUrl}/` }),
    );
  }
}

/** The evaluation as the facilitator and coordinator see it: counts only, each under five as "<5". */
export async function evaluationSummary(
  services: Services,
  session: MirrorSession,
): Promise<EvaluationSummary> {
  const evaluations = mirrorEvaluationsRepository(services.db, session.school_id);
  const answers = (await evaluations.answers(session.id)) as EvaluationAnswers[];
  if (session.status !== 'closed') return pendingEvaluations(answers.length);
  return summariseEvaluations(answers, await evaluations.countAftercare(session.id), shuffled);
}

function shuffled<T>(items: T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
