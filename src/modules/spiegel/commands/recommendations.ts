/**
 * Writing round 4's recommendations: from a phone, for the writer's own group, while the groups are at work;
 * or typed in by the facilitator from a group's paper post-its. Each write is applied once per idempotency key.
 */
import { randomUUID } from 'node:crypto';
import { hashToken } from '../../../platform/crypto/tokens.ts';
import type { MirrorSession } from '../../../platform/db/schema.ts';
import type { Services } from '../../../server/context.ts';
import { conflict, HttpError, notFound } from '../../../server/errors.ts';
import type { LiveState } from '../domain/live.ts';
import { groupOf, type Target } from '../domain/recommendations.ts';
import { idempotencyRepository, participantByTokenHash } from '../repositories/participants.ts';
import { mirrorRecommendationsRepository } from '../repositories/recommendations.ts';
import { mirrorSessionById, mirrorSessionsRepository } from '../repositories/sessions.ts';
import { publishLive } from './liveView.ts';
import { sessionTemplate } from './plan.ts';

/**
 * More post-its than any round 4 produces (a class writes a few dozen). It bounds what every screen receives
 * and what the cluster suggestions compare, so a leaked token cannot flood a session.
 */
export const MAX_RECOMMENDATIONS = 300;

export interface NewRecommendation {
  target: Target;
  text: string;
  idempotencyKey: string;
}

async function write(
  services: Services,
  session: MirrorSession,
  groupIndex: number | null,
  input: NewRecommendation,
  writer: string,
): Promise<{ id: string }> {
  const scope = `rec:${session.id}:${writer}`;
  const id = randomUUID();
  const added = await services.db.transaction().execute(async (trx) => {
    // Locking the session's row first: the count below sees every committed post-it, and none is added after
    // the session closed.
    if (!(await mirrorSessionsRepository(trx, session.school_id).lockLive(session.id)))
      throw conflict('errors.sessionNotLive');
    if (
      !(await idempotencyRepository(trx, session.school_id).put(
        scope,
        input.idempotencyKey,
        { id },
        services.clock.now(),
      ))
    ) {
      return false;
    }
    const recommendations = mirrorRecommendationsRepository(trx, session.school_id);
    if ((await recommendations.count(session.id)) >= MAX_RECOMMENDATIONS)
      throw conflict('errors.tooManyPostits');
    await recommendations.add(
      session.id,
      { id, groupIndex, target: input.target, text: input.text },
      services.clock.now(),
    );
    return true;
  });
  if (!added)
    return (await idempotencyRepository(services.db, session.school_id).get(scope, input.idempotencyKey)) as {
      id: string;
    };
  await publishLive(services, session.school_id, session.id);
  return { id };
}

/** A phone's post-it: only while its group is at work (a groups phase), for its own group. */
export async function writeAsParticipant(services: Services, token: string, input: NewRecommendation) {
  const participant = await participantByTokenHash(services.db, hashToken(token));
  if (!participant) throw new HttpError(403, 'errors.participantUnknown');
  const session = await mirrorSessionById(services.db, participant.session_id);
  if (session?.status !== 'live') throw conflict('errors.sessionNotLive');
  const state = JSON.parse(session.live_state) as LiveState;
  if (sessionTemplate(session).phases[state.phaseIndex]?.seating !== 'groups')
    throw conflict('errors.notWritingTime');
  const group = groupOf(state.groups, participant.id);
  if (group === null) throw conflict('errors.notWritingTime');
  return write(services, session, group, input, participant.id);
}

/** A post-it from paper, typed in by the facilitator for a group (or none). */
export async function writeAsStaff(
  services: Services,
  session: MirrorSession,
  groupIndex: number | null,
  input: NewRecommendation,
) {
  if (session.status !== 'live') throw conflict('errors.sessionNotLive');
  const groups = (JSON.parse(session.live_state) as LiveState).groups;
  if (groupIndex !== null && (!groups || groupIndex >= groups.length)) throw notFound();
  return write(services, session, groupIndex, input, 'staff');
}

export async function removeRecommendation(
  services: Services,
  session: MirrorSession,
  id: string,
): Promise<void> {
  if (session.status === 'closed') throw conflict('errors.sessionClosed');
  const removed = await services.db.transaction().execute(async (trx) => {
    if (!(await mirrorSessionsRepository(trx, session.school_id).lockLive(session.id)))
      throw conflict('errors.sessionClosed');
    if (!(await mirrorRecommendationsRepository(trx, session.school_id).remove(session.id, id))) return false;
    return true;
  });
  if (!removed) throw notFound();
  await publishLive(services, session.school_id, session.id);
}
