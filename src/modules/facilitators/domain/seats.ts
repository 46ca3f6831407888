/**
 * The seat map of a round (PRODUCT F1): everyone who joined by phone sits under the pseudonym they joined
 * with; people without a phone get numbered seats ("seat 1…n") per side, as many as the facilitator sets.
 * Pure: the console, the observer's device and the closing all build the same map from the same facts.
 */
import type { Phase, Side } from '../../spiegel/domain/template.ts';
import type { Seat } from './speakingTime.ts';

/** A seat as devices show it: `name` is the joined pseudonym, or null for a numbered seat without a phone. */
export interface MapSeat extends Seat {
  name: string | null;
  /** 1…n within its side for seats without a phone; 0 for a named seat. */
  number: number;
}

export interface UnnamedSeats {
  voices: number;
  listeners: number;
}

export const noUnnamedSeats: Readonly<UnnamedSeats> = { voices: 0, listeners: 0 };

/** At most this many seats without a phone per side: more than any class, few enough for a keyboard. */
export const MAX_UNNAMED_SEATS = 40;

/** The id of the n-th seat without a phone on a side: stable while the count only grows. */
export function unnamedSeatId(side: Side, number: number): string {
  return `${side}:${number}`;
}

/**
 * The seats of a session: joined people first (in the order they joined), then the numbered seats, grouped
 * by side. The side seated inside (or answering, face to face) comes first, so the map reads as the room.
 */
export function seatMap(
  participants: readonly { id: string; name: string; side: Side }[],
  unnamed: UnnamedSeats,
  phase?: Pick<Phase, 'inner'>,
): MapSeat[] {
  const first: Side = phase?.inner ?? 'voices';
  const order: Side[] = first === 'voices' ? ['voices', 'listeners'] : ['listeners', 'voices'];
  return order.flatMap((side) => [
    ...participants
      .filter((p) => p.side === side)
      .map((p): MapSeat => ({ id: p.id, side, name: p.name, number: 0 })),
    ...Array.from(
      { length: unnamed[side] },
      (_, i): MapSeat => ({ id: unnamedSeatId(side, i + 1), side, name: null, number: i + 1 }),
    ),
  ]);
}

/**
 * The map plus numbered seats that appear in a log but are no longer on it (the facilitator lowered the count
 * afterwards): what they said still counts for their side.
 */
export function withLoggedSeats(seats: readonly MapSeat[], loggedSeatIds: Iterable<string>): MapSeat[] {
  const known = new Set(seats.map((s) => s.id));
  const extra: MapSeat[] = [];
  for (const id of loggedSeatIds) {
    const match = /^(voices|listeners):(\d+)$/.exec(id);
    if (known.has(id) || !match) continue;
    known.add(id);
    extra.push({ id, side: match[1] as Side, name: null, number: Number(match[2]) });
  }
  return [...seats, ...extra];
}
