/**
 * What a session keeps of its speaking time once it closes (PRODUCT F1): per round, each side's share and how
 * many of its seats spoke, and how many taps departed from the method. Pure, and shown through the small-number
 * rule like every other count of people.
 */
import { type ShownCount, SMALL_NUMBER, showCount } from '../../../platform/privacy/smallNumbers.ts';
import type { LocalText, Phase, Side } from '../../spiegel/domain/template.ts';
import type { MapSeat } from './seats.ts';
import { distribution, type SideDistribution, type SpeakingEvent, tally } from './speakingTime.ts';

export interface RoundDistribution {
  phaseId: string;
  title: LocalText;
  /** The side that only listens in this round, if any: its share is a departure from the method. */
  listenOnly: Side | null;
  sides: Record<Side, SideDistribution>;
  /** Confirmed taps on a listener's seat in a listen-only round. */
  deviations: number;
}

export interface RoundLog {
  phaseIndex: number;
  event: SpeakingEvent;
  deviation: boolean;
}

/**
 * The distribution of every round that has a log. A round's time runs until its last tap (leaving a round
 * taps "nobody speaks"), or until `closedAt` for the round that was on when the session closed.
 */
export function roundDistributions(
  phases: readonly Pick<Phase, 'id' | 'title' | 'speakers' | 'listeners'>[],
  log: readonly RoundLog[],
  seats: readonly MapSeat[],
  currentPhase: number,
  closedAt: number,
): RoundDistribution[] {
  const indexes = [...new Set(log.map((e) => e.phaseIndex))].sort((a, b) => a - b);
  return indexes.flatMap((index) => {
    const phase = phases[index];
    if (!phase) return [];
    const events = log.filter((e) => e.phaseIndex === index);
    const end = index === currentPhase ? closedAt : Math.max(...events.map((e) => e.event.at));
    const t = tally(
      events.map((e) => e.event),
      seats,
      end,
      phase,
    );
    if (t.totalMs === 0) return [];
    return [
      {
        phaseId: phase.id,
        title: phase.title,
        listenOnly: phase.listeners === 'nobody' ? null : phase.listeners,
        sides: distribution(t),
        deviations: events.filter((e) => e.deviation).length,
      },
    ];
  });
}

/** A side of a round as the report shows it. */
export interface ShownSide {
  /** Percent of the round's speaking time, whole; null when one to four people spoke on a side (theirs, nearly). */
  percent: number | null;
  seats: ShownCount;
  seatsSpoke: ShownCount;
}

export function showSide(side: SideDistribution): ShownSide {
  // A share that one to four people spoke is their time, near enough (PRODUCT K4: fewer than five, not shown).
  const few = side.seatsSpoke > 0 && side.seatsSpoke < SMALL_NUMBER;
  return {
    percent: few ? null : Math.round(side.share * 100),
    seats: showCount(side.seats),
    seatsSpoke: showCount(side.seatsSpoke),
  };
}

/**
 * Both sides of a round as the report shows them. The two shares add up to 100%, so when one side's share is
 * withheld (fewer than five people spoke on it), the other's is withheld too: it would give the hidden one away.
 */
export function showRound(sides: Record<Side, SideDistribution>): Record<Side, ShownSide> {
  const voices = showSide(sides.voices);
  const listeners = showSide(sides.listeners);
  if (voices.percent === null || listeners.percent === null) {
    return { voices: { ...voices, percent: null }, listeners: { ...listeners, percent: null } };
  }
  return { voices, listeners };
}
