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
import { drawGroups } from '../domain/groups.ts';
import { applyLiveCommand, type LiveCommand, LiveCommandError, type LiveState } from '../domain/live.ts';
import { pseudonym } from '../domain/pseudonyms.ts';
import type { Side } from '../domain/template.ts';
import {
  idempotencyRepository,
  mirrorDiversityRepository,
  mirrorParticipantsRepository,
} from '../repositories/participants.ts';
import { liveSessionByCode, mirrorSessionsRepository } from '../repositories/sessions.ts';
import { publishLive } from './liveView.ts';
import { sessionTemplate } from './plan.ts';

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

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
      await sessions.update(session.id, {
        status: 'live',
        join_code: newJoinCode(),
        projector_token: services.box.seal(newToken()),
      });
      break;
    } catch (error) {
      if (attempt >= 5) throw error; // a clash of join codes: draw again
    }
  }
  await publishLive(services, session.school_id, session.id);
}

/** Ends the session: the code stops working and the diversity attributes are deleted (S2). */
export async function closeSession(services: Services, session: MirrorSession): Promise<void> {
  if (session.status === 'closed') return;
  await services.db.transaction().execute(async (trx) => {
    await mirrorSessionsRepository(trx, session.school_id).update(session.id, {
      status: 'closed',
      join_code: null,
      projector_token: null,
      closed_at: services.clock.now().toISOString(),
    });
    await mirrorDiversityRepository(trx, session.school_id).removeAll(session.id);
  });
  await publishLive(services, session.school_id, session.id);
}

export type LiveRequest = LiveCommand | { type: 'drawGroups' };

/** Applies a facilitator's command once per idempotency key; returns the sequence number after it. */
export async function runLiveCommand(
  services: Services,
  session: MirrorSession,
  request: LiveRequest,
  key: string,
): Promise<{ seq: number }> {
  const scope = `live:${session.id}`;
  const idempotency = idempotencyRepository(services.db, session.school_id);
  const earlier = await idempotency.get(scope, key);
  if (earlier) return earlier as { seq: number };
  if (session.status !== 'live') throw conflict('errors.sessionNotLive');
  const template = sessionTemplate(session);
  const sessions = mirrorSessionsRepository(services.db, session.school_id);
  for (let attempt = 0; attempt < 10; attempt++) {
    const current = attempt === 0 ? session : await sessions.find(session.id);
    if (!current) throw new HttpError(404, 'errors.notFound');
    const state = JSON.parse(current.live_state) as LiveState;
    let command: LiveCommand;
    if (request.type === 'drawGroups') {
      const people = await mirrorParticipantsRepository(services.db, session.school_id).list(session.id);
      command = { type: 'setGroups', groups: drawGroups(people.map((p) => ({ id: p.id, side: p.side }))) };
    } else {
      command = request;
    }
    let next: LiveState;
    try {
      next = applyLiveCommand(state, command, template, services.clock.now().getTime());
    } catch (error) {
      if (error instanceof LiveCommandError) throw badRequest('errors.validation');
      throw error;
    }
    if (await sessions.saveLive(session.id, current.live_seq, JSON.stringify(next))) {
      const result = { seq: current.live_seq + 1 };
      await idempotency.put(scope, key, result, services.clock.now());
      await publishLive(services, session.school_id, session.id);
      return result;
    }
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
  const participants = mirrorParticipantsRepository(services.db, session.school_id);
  const idempotency = idempotencyRepository(services.db, session.school_id);
  const scope = `join:${session.id}`;
  const token = newToken();
  const earlier = (await idempotency.get(scope, input.idempotencyKey)) as
    | { participantId: string }
    | undefined;
  if (earlier) {
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
  // Reserve the key first: of two concurrent tries with the same key, only one adds the person.
  const participantId = randomUUID();
  if (!(await idempotency.put(scope, input.idempotencyKey, { participantId }, services.clock.now()))) {
    return joinSession(services, input);
  }
  const taken = new Set((await participants.list(session.id)).map((p) => p.display_name));
  const displayName = input.displayName?.trim() || pseudonym(taken);
  await participants.add({
    id: participantId,
    session_id: session.id,
    side: input.side,
    display_name: displayName,
    token_hash: hashToken(token),
    joined_at: services.clock.now().toISOString(),
  });
  await mirrorSessionsRepository(services.db, session.school_id).bumpSeq(session.id);
  await publishLive(services, session.school_id, session.id);
  return { sessionId: session.id, participantId, displayName, token };
}
