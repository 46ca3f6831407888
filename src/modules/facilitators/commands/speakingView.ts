/** The seat map and the current round's speaking log, as the staff's cut of the live view carries them (F1). */
import type { Database } from '../../../platform/db/index.ts';
import type { MirrorParticipant, MirrorSession } from '../../../platform/db/schema.ts';
import type { LiveState } from '../../spiegel/domain/live.ts';
import type { SpeakingView } from '../../spiegel/domain/protocol.ts';
import type { MirrorTemplate } from '../../spiegel/domain/template.ts';
import { mirrorParticipantsRepository } from '../../spiegel/repositories/participants.ts';
import { type MapSeat, noUnnamedSeats, seatMap } from '../domain/seats.ts';
import { type LoggedEvent, speakingRepository } from '../repositories/speaking.ts';

/** The seat map of a session as it stands: who joined, plus the seats without a phone. */
export async function currentSeats(
  db: Database,
  session: MirrorSession,
  state: LiveState,
  template: MirrorTemplate,
): Promise<MapSeat[]> {
  const people = await mirrorParticipantsRepository(db, session.school_id).list(session.id);
  return seatMap(
    people.map((p) => ({ id: p.id, name: p.display_name, side: p.side })),
    state.unnamedSeats ?? noUnnamedSeats,
    template.phases[state.phaseIndex],
  );
}

/** The current round's log and seat map, for the staff's cut of the live view; null once the session is over. */
export function speakingView(
  session: Pick<MirrorSession, 'status'>,
  state: LiveState,
  template: MirrorTemplate,
  participants: readonly Pick<MirrorParticipant, 'id' | 'display_name' | 'side'>[],
  roundLog: readonly LoggedEvent[],
): SpeakingView | null {
  if (session.status !== 'live') return null;
  const unnamed = state.unnamedSeats ?? noUnnamedSeats;
  return {
    phaseIndex: state.phaseIndex,
    seats: seatMap(
      participants.map((p) => ({ id: p.id, name: p.display_name, side: p.side })),
      unnamed,
      template.phases[state.phaseIndex],
    ),
    log: roundLog.map((e) => e.event),
    deviations: roundLog.filter((e) => e.deviation).length,
    unnamedSeats: { ...unnamed },
  };
}

/** The current round's log, read for the live view (nothing once the session is over). */
export function currentRoundLog(
  db: Database,
  session: MirrorSession,
  state: LiveState,
): Promise<LoggedEvent[]> {
  if (session.status !== 'live') return Promise.resolve([]);
  return speakingRepository(db, session.school_id).list(session.id, state.phaseIndex);
}
