/**
 * Running a session live: opening it (a join code and a projector link), the facilitator's commands, people
 * joining from their phones, and closing. Every change is committed first and then published on the bus,
 * with a sequence number that only grows.
 */
import { randomInt, randomUUID } from 'node:crypto';
import { hashToken, newToken } from '../../../platform/crypto/tokens.ts';
import type { MirrorSession } from '../../../platform/db/schema.ts';
import type { Services } from '../../../server/context.ts';
import { badRequest, conflict, HttpError } from '../../../server/errors.ts';
import { closeSpeakingLog, logLiveCommand } from '../../facilitators/commands/speaking.ts';
import { drawGroups } from '../domain/groups.ts';
import {
  applyLiveCommand,
  defaultVoting,
  type LiveCommand,
  LiveCommandError,
  type LiveState,
} from '../domain/live.ts';
import { pseudonym } from '../domain/pseudonyms.ts';
import type { Side } from '../domain/template.ts';
import { tallyVotes } from '../domain/votes.ts';
import { mirrorClustersRepository } from '../repositories/clusters.ts';
import { mirrorEvaluationsRepository } from '../repositories/evaluations.ts';
import {
  idempotencyRepository,
  mirrorDiversityRepository,
  mirrorParticipantsRepository,
} from '../repositories/participants.ts';
import { mirrorRecommendationsRepository } from '../repositories/recommendations.ts';
import { liveSessionByCode, mirrorSessionsRepository } from '../repositories/sessions.ts';
import { publishLive } from './liveView.ts';
import { sessionTemplate } from './plan.ts';

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
/** More people than any class and its teachers: a leaked code cannot flood a session. */
export const MAX_PARTICIPANTS = 60;

/** Six characters without look-alikes (no 0/O, 1/I): about a billion codes, easy to read off a projector. */
export function newJoinCode(): string {
  return Array.from({ length: 6 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
}

export async function openSession(services: Services, session: MirrorSession): Promise<void> {
  if (session.status === 'closed') throw conflict();
  if (session.status === 'live') return;
  const sessions = mirrorSessionsRepository(services.db, session.school_id);
  for (let attempt = 0; ; attempt++) {
    try {
      // Only a planned session opens: two clicks at once give one code, not two.
      if (await sessions.openIfPlanned(session.id, newJoinCode(), services.box.seal(newToken()))) {
        await sessions.bumpSeq(session.id);
        break;
      }
      return;
    } catch (error) {
      if (attempt >= 5) throw error; // a clash of join codes: draw again
    }
  }
  await publishLive(services, session.school_id, session.id);
}

/**
 * Ends the session: the code stops working, the diversity attributes are deleted (S2), and the record of what
 * was said is frozen (S10). What was only needed while it ran goes (PRODUCT §8): the participants with their
 * display names and tokens, the ballots (each cluster keeps its total), who evaluated, and the retry keys. The
 * action plan stays editable.
 */
export async function closeSession(services: Services, session: MirrorSession): Promise<void> {
  if (session.status === 'closed') return;
  await services.db.transaction().execute(async (trx) => {
    const sessions = mirrorSessionsRepository(trx, session.school_id);
    // Moving the sequence first locks the row: a post-it or vote being written finishes before this reads.
    await sessions.bumpSeq(session.id);
    const current = await sessions.find(session.id);
    if (current?.status === 'closed') return;
    const participants = mirrorParticipantsRepository(trx, session.school_id);
    const clusters = mirrorClustersRepository(trx, session.school_id);
    const state = JSON.parse(current!.live_state) as LiveState;
    const speaking = await closeSpeakingLog(trx, current!, services.clock.now().getTime());
    const tally = tallyVotes(
      await clusters.votes(session.id),
      (await clusters.list(session.id)).map((c) => c.id),
      (state.voting ?? defaultVoting).perPerson,
    );
    await clusters.setFinalVotes(session.id, new Map(tally.map((r) => [r.clusterId, r.votes])));
    await sessions.update(session.id, {
      status: 'closed',
      join_code: null,
      projector_token: null,
      closed_at: services.clock.now().toISOString(),
      final_counts: JSON.stringify(await participants.countBySide(session.id)),
      speaking_distribution: JSON.stringify(speaking),
    });
    await clusters.removeVotes(session.id);
    await mirrorEvaluationsRepository(trx, session.school_id).removeReceipts(session.id);
    await participants.removeAll(session.id);
    await idempotencyRepository(trx, session.school_id).removeForSession(session.id);
    await mirrorDiversityRepository(trx, session.school_id).removeAll(session.id);
  });
  await publishLive(services, session.school_id, session.id);
}

export type LiveRequest = LiveCommand | { type: 'drawGroups' };

/** Another change was written between reading the state and saving it: read again and retry. */
class StaleState extends Error {}

/**
 * Applies a facilitator's command once per idempotency key, and returns the sequence number after it. The key
 * is reserved, the state written and the answer recorded in one transaction: a retry that arrives while the
 * first try is still running waits for it and gets its answer; a crash leaves neither the change nor the key.
 */
export async function runLiveCommand(
  services: Services,
  session: MirrorSession,
  request: LiveRequest,
  key: string,
): Promise<{ seq: number }> {
  const scope = `live:${session.id}`;
  const template = sessionTemplate(session);
  for (let attempt = 0; attempt < 10; attempt++) {
    const outcome = await services.db
      .transaction()
      .execute(async (trx) => {
        const idempotency = idempotencyRepository(trx, session.school_id);
        if (!(await idempotency.put(scope, key, null, services.clock.now()))) return 'seen before' as const;
        const sessions = mirrorSessionsRepository(trx, session.school_id);
        const current = await sessions.find(session.id);
        if (!current) throw new HttpError(404, 'errors.notFound');
        if (current.status !== 'live') throw conflict('errors.sessionNotLive');
        const state = JSON.parse(current.live_state) as LiveState;
        if (request.type === 'drawGroups' || request.type === 'clearGroups') {
          // Post-its belong to the group that wrote them: new groups would show them to the wrong people.
          const written = await mirrorRecommendationsRepository(trx, session.school_id).list(session.id);
          if (written.some((r) => r.groupIndex !== null)) throw conflict('errors.groupsHavePostits');
        }
        let command: LiveCommand = request as LiveCommand;
        if (request.type === 'drawGroups') {
          const people = await mirrorParticipantsRepository(trx, session.school_id).list(session.id);
          command = {
            type: 'setGroups',
            groups: drawGroups(people.map((p) => ({ id: p.id, side: p.side }))),
          };
        }
        let next: LiveState;
        try {
          next = applyLiveCommand(state, command, template, services.clock.now().getTime());
        } catch (error) {
          if (error instanceof LiveCommandError) throw badRequest('errors.validation');
          throw error;
        }
        if (!(await sessions.saveLive(session.id, current.live_seq, JSON.stringify(next))))
          throw new StaleState();
        await logLiveCommand(trx, current, state, command, services.clock.now().getTime());
        const result = { seq: current.live_seq + 1 };
        await idempotency.record(scope, key, result);
        return result;
      })
      .catch((error: unknown) => {
        if (error instanceof StaleState) return 'stale' as const;
        throw error;
      });
    if (outcome === 'stale') continue;
    if (outcome === 'seen before') {
      return ((await idempotencyRepository(services.db, session.school_id).get(scope, key)) ?? {
        seq: 0,
      }) as {
        seq: number;
      };
    }
    await publishLive(services, session.school_id, session.id);
    return outcome;
  }
  throw conflict();
}

export interface JoinResult {
  sessionId: string;
  participantId: string;
  displayName: string;
  token: string;
}

/**
 * Joins a live session by its code. A retried join (same idempotency key) returns the same participant with a
 * fresh token instead of adding the person twice.
 */
export async function joinSession(
  services: Services,
  input: { code: string; side: Side; displayName?: string | undefined; idempotencyKey: string },
): Promise<JoinResult> {
  const session = await liveSessionByCode(services.db, input.code.toUpperCase().replace(/[\s-]/g, ''));
  if (!session) throw new HttpError(404, 'errors.joinCodeUnknown', {}, { code: 'errors.joinCodeUnknown' });
  const scope = `join:${session.id}`;
  const token = newToken();
  const participantId = randomUUID();
  // The key and the person are written together: a retry finds both or neither.
  const joined = await services.db.transaction().execute(async (trx) => {
    const idempotency = idempotencyRepository(trx, session.school_id);
    if (!(await idempotency.put(scope, input.idempotencyKey, { participantId }, services.clock.now())))
      return false;
    // Locks the session's row first, so the count below sees every join committed before it, and nobody joins
    // a session that closed meanwhile (closing deletes everyone who took part).
    if (!(await mirrorSessionsRepository(trx, session.school_id).lockLive(session.id)))
      throw new HttpError(404, 'errors.joinCodeUnknown', {}, { code: 'errors.joinCodeUnknown' });
    const participants = mirrorParticipantsRepository(trx, session.school_id);
    if ((await participants.count(session.id)) >= MAX_PARTICIPANTS) throw conflict('errors.sessionFull');
    const taken = new Set((await participants.list(session.id)).map((p) => p.display_name));
    await participants.add({
      id: participantId,
      session_id: session.id,
      side: input.side,
      display_name: input.displayName?.trim() || pseudonym(taken),
      token_hash: hashToken(token),
      joined_at: services.clock.now().toISOString(),
    });
    return true;
  });
  const participants = mirrorParticipantsRepository(services.db, session.school_id);
  if (joined) {
    await publishLive(services, session.school_id, session.id);
    const participant = (await participants.find(participantId))!;
    return { sessionId: session.id, participantId, displayName: participant.display_name, token };
  }
  // A retry of a join that went through: the same person, with a fresh token for this device.
  const earlier = (await idempotencyRepository(services.db, session.school_id).get(
    scope,
    input.idempotencyKey,
  )) as {
    participantId: string;
  };
  const participant = await participants.find(earlier.participantId);
  if (!participant) throw new HttpError(404, 'errors.notFound');
  await participants.replaceToken(participant.id, hashToken(token));
  return {
    sessionId: session.id,
    participantId: participant.id,
    displayName: participant.display_name,
    token,
  };
}
