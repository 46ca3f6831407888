/**
 * Speaking time in a live session (PRODUCT F1): taps from the facilitator's console or an observer's device,
 * the timer's pauses, and what is kept when the session closes. The log lives only while the session runs;
 * at closing each round's distribution per side is kept and the log is deleted.
 */
import type { Database } from '../../../platform/db/index.ts';
import type { MirrorSession } from '../../../platform/db/schema.ts';
import type { Services } from '../../../server/context.ts';
import { badRequest, conflict } from '../../../server/errors.ts';
import { publishLive } from '../../spiegel/commands/liveView.ts';
import { sessionTemplate } from '../../spiegel/commands/plan.ts';
import type { LiveCommand, LiveState } from '../../spiegel/domain/live.ts';
import { mirrorSessionsRepository } from '../../spiegel/repositories/sessions.ts';
import { type RoundDistribution, roundDistributions } from '../domain/rounds.ts';
import { withLoggedSeats } from '../domain/seats.ts';
import { isDeviation, tally } from '../domain/speakingTime.ts';
import { speakingRepository } from '../repositories/speaking.ts';
import { currentSeats } from './speakingView.ts';

export type Tap = { type: 'speak'; seat: string } | { type: 'silence' };

/**
 * Records a tap. A tap on a listener's seat in a listen-only round is refused until the person confirms it,
 * and is then marked as a departure from the method. Returns whether it was one.
 */
export async function recordTap(
  services: Services,
  session: MirrorSession,
  tap: Tap,
  confirmDeviation: boolean,
): Promise<{ seq: number; deviation: boolean }> {
  const template = sessionTemplate(session);
  const result = await services.db.transaction().execute(async (trx) => {
    const sessions = mirrorSessionsRepository(trx, session.school_id);
    // Taps from two devices queue on the session's row, so each gets its own place in the log.
    if (!(await sessions.lockLive(session.id))) throw conflict('errors.sessionNotLive');
    const current = (await sessions.find(session.id))!;
    const state = JSON.parse(current.live_state) as LiveState;
    const phase = template.phases[state.phaseIndex]!;
    const now = services.clock.now().getTime();
    let deviation = false;
    if (tap.type === 'speak') {
      const seat = (await currentSeats(trx, current, state, template)).find((s) => s.id === tap.seat);
      if (!seat) throw badRequest('errors.validation', { seat: 'validation.choice' });
      // A second device tapping the listener who already speaks continues that turn: one departure, not two.
      const round = await speakingRepository(trx, session.school_id).list(session.id, state.phaseIndex);
      const speaker = tally(
        round.map((e) => e.event),
        [seat],
        now,
        phase,
      ).current?.seat;
      deviation = isDeviation(seat, phase) && speaker !== seat.id;
      if (deviation && !confirmDeviation) throw conflict('errors.speakingListenerSeat');
    }
    const event =
      tap.type === 'speak'
        ? { type: 'speak' as const, seat: tap.seat, at: now }
        : { type: 'silence' as const, at: now };
    await speakingRepository(trx, session.school_id).append(session.id, state.phaseIndex, event, deviation);
    return { seq: current.live_seq, deviation };
  });
  await publishLive(services, session.school_id, session.id);
  return result;
}

/**
 * What a facilitator's command means for the log, written in the command's transaction: pausing the round's
 * timer stops the clock of speaking time too, starting it again resumes it, and leaving a round ends its turn.
 */
export async function logLiveCommand(
  db: Database,
  session: MirrorSession,
  before: LiveState,
  command: LiveCommand,
  now: number,
): Promise<void> {
  const speaking = speakingRepository(db, session.school_id);
  const round = before.phaseIndex;
  if (command.type === 'pauseTimer') await speaking.append(session.id, round, { type: 'pause', at: now });
  else if (command.type === 'startTimer')
    await speaking.append(session.id, round, { type: 'resume', at: now });
  else if (command.type === 'goToPhase' && command.index !== round) {
    if ((await speaking.list(session.id, round)).length > 0)
      await speaking.append(session.id, round, { type: 'silence', at: now });
  }
}

/**
 * At closing, inside the closing transaction and before the participants go: each round's distribution, after
 * which the log is deleted. Nothing kept holds a time per seat or a seat at all.
 */
export async function closeSpeakingLog(
  db: Database,
  session: MirrorSession,
  now: number,
): Promise<RoundDistribution[]> {
  const template = sessionTemplate(session);
  const state = JSON.parse(session.live_state) as LiveState;
  const speaking = speakingRepository(db, session.school_id);
  const log = await speaking.list(session.id);
  const spoken = log.flatMap((e) => (e.event.type === 'speak' ? [e.event.seat] : []));
  const rounds = roundDistributions(
    template.phases,
    log,
    withLoggedSeats(await currentSeats(db, session, state, template), spoken),
    state.phaseIndex,
    now,
  );
  await speaking.removeAll(session.id);
  return rounds;
}
