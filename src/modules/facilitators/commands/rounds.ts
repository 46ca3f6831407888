/** A closed session's speaking-time rounds as reports and the facilitator's overview show them. */
import type { MirrorSession } from '../../../platform/db/schema.ts';
import { type RoundDistribution, showRound } from '../domain/rounds.ts';

export function shownRounds(session: Pick<MirrorSession, 'speaking_distribution'>) {
  if (!session.speaking_distribution) return [];
  return (JSON.parse(session.speaking_distribution) as RoundDistribution[]).map((round) => ({
    phaseId: round.phaseId,
    title: round.title,
    listenOnly: round.listenOnly,
    ...showRound(round.sides),
    deviations: round.deviations,
  }));
}
