/**
 * The read-only progress link (S8): participants who want to stay informed follow the action plan without an
 * account. One link per session; the token travels after `#`, so it never reaches a server log, and the page
 * shows only the plan: no post-its, no names of participants, no evaluation.
 */
import type { z } from 'zod';
import { hashToken, newToken } from '../../../platform/crypto/tokens.ts';
import type { MirrorSession } from '../../../platform/db/schema.ts';
import type { Services } from '../../../server/context.ts';
import { conflict, HttpError } from '../../../server/errors.ts';
import { schoolsRepository } from '../../accounts/repositories/organisations.ts';
import { comparePlanOrder, isOverdue } from '../domain/actions.ts';
import { mirrorActionsRepository } from '../repositories/actions.ts';
import { participantByTokenHash } from '../repositories/participants.ts';
import {
  mirrorSessionById,
  mirrorSessionsRepository,
  sessionByProgressHash,
} from '../repositories/sessions.ts';
import type { progressViewSchema } from '../routes/followUpSchemas.ts';
import { followUpOf, today } from './actionPlan.ts';

/** The session's progress link, made the first time it is asked for. */
export async function progressLink(services: Services, session: MirrorSession): Promise<{ url: string }> {
  const sessions = mirrorSessionsRepository(services.db, session.school_id);
  if (!session.progress_token) {
    const token = newToken();
    await sessions.setProgressTokenIfAbsent(session.id, services.box.seal(token), hashToken(token));
  }
  const current = await sessions.find(session.id);
  const token = services.box.open(current!.progress_token!);
  return { url: `${services.publicUrl}/voortgang#t=${token}` };
}

/** A phone asks to stay informed, with the token it joined with, while the session runs. */
export async function progressLinkForParticipant(
  services: Services,
  token: string,
): Promise<{ url: string }> {
  const participant = await participantByTokenHash(services.db, hashToken(token));
  if (!participant) throw new HttpError(403, 'errors.participantUnknown');
  const session = await mirrorSessionById(services.db, participant.session_id);
  if (session?.status !== 'live') throw conflict('errors.sessionNotLive');
  return progressLink(services, session);
}

export async function progressView(
  services: Services,
  token: string,
): Promise<z.infer<typeof progressViewSchema>> {
  const session = await sessionByProgressHash(services.db, hashToken(token));
  if (!session) throw new HttpError(404, 'errors.progressLinkUnknown');
  const school = await schoolsRepository(services.db).find(session.school_id);
  const actions = mirrorActionsRepository(services.db, session.school_id);
  const rows = await actions.listForSession(session.id);
  const history = await actions.history(rows.map((r) => r.id));
  const day = today(services);
  const followUp = await followUpOf(services, session);
  const listed = rows.map((row) => {
    const overdue = isOverdue({ dueDate: row.due_date, status: row.status }, day);
    return {
      order: { overdue, dueDate: row.due_date, position: row.position },
      view: {
        what: row.what,
        target: row.target,
        dueDate: row.due_date,
        status: row.status,
        overdue,
        updatedAt: row.updated_at,
        latestNote: history.find((h) => h.action_id === row.id && h.note !== null)?.note ?? null,
      },
    };
  });
  return {
    title: session.title,
    schoolName: school?.name ?? '',
    date: session.scheduled_at,
    status: session.status,
    contactPersonName: followUp.contactPersonName,
    leadName: followUp.leadName,
    actions: listed.sort((a, b) => comparePlanOrder(a.order, b.order)).map((l) => l.view),
  };
}
