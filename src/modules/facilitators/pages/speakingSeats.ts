/**
 * Small helpers of the speaking-time screens: a seat's label and keyboard key, durations as mm:ss, the seat
 * map's groups in room order, and the prompt settings of a template in milliseconds.
 */
import type { Translate } from '../../../web/i18n.tsx';
import type { MirrorTemplate, Phase, Side } from '../../spiegel/domain/template.ts';
import type { Timer } from '../../spiegel/domain/timer.ts';
import { remainingMs } from '../../spiegel/domain/timer.ts';
import type { MapSeat } from '../domain/seats.ts';
import type { PromptOptions } from '../domain/speakingTime.ts';

/** One key per seat, in room order: 1–9, 0, then the letters. Seats past these have no key. */
const SEAT_KEYS = '1234567890abcdefghijklmnopqrstuvwxyz';

export function seatKey(index: number): string | null {
  return SEAT_KEYS[index] ?? null;
}

/** The index of the seat a key stands for, or -1. */
export function seatIndexForKey(key: string): number {
  return key.length === 1 ? SEAT_KEYS.indexOf(key.toLowerCase()) : -1;
}

/** The pseudonym the person joined with, or "Plek 3" for a seat without a phone. */
export function seatLabel(seat: Pick<MapSeat, 'name' | 'number'>, t: Translate): string {
  return seat.name ?? t('speaking.seat.unnamed', { number: seat.number });
}

/** "02:05" for 125 400 ms: whole seconds that have passed (rounded down), "1:02:05" past an hour. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(seconds / 3600);
  const mmss = `${String(Math.floor((seconds % 3600) / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
  return hours > 0 ? `${hours}:${mmss}` : mmss;
}

/** A row of seats on the map, with the heading that tells where in the room they sit. */
export interface SeatGroup {
  key: string;
  side: Side | null;
  seats: { seat: MapSeat; index: number }[];
}

/**
 * The seats grouped as the room is set up: per side for an inner and outer circle (inner first) or two facing
 * rows (the answering side first), one group for a plenary circle. `index` is the place in the whole map,
 * which decides the seat's key.
 */
export function seatGroups(seats: readonly MapSeat[], phase: Pick<Phase, 'seating' | 'inner'>): SeatGroup[] {
  const indexed = seats.map((seat, index) => ({ seat, index }));
  if (phase.seating !== 'innerOuter' && phase.seating !== 'faceToFace')
    return [{ key: 'all', side: null, seats: indexed }];
  const first: Side = phase.inner ?? 'voices';
  const order: Side[] = first === 'voices' ? ['voices', 'listeners'] : ['listeners', 'voices'];
  return order.map((side) => ({ key: side, side, seats: indexed.filter((s) => s.seat.side === side) }));
}

const minutesToMs = (minutes: number | undefined) => (minutes === undefined ? undefined : minutes * 60_000);

/** The template's prompt settings (minutes) as the domain's options (ms); unset stays unset, for the defaults. */
export function promptOptions(template: Pick<MirrorTemplate, 'speakingPrompts'>, timer: Timer, now: number) {
  const settings = template.speakingPrompts;
  const options: PromptOptions = {};
  const longTurnMs = minutesToMs(settings?.longTurnMinutes);
  const endingSoonMs = minutesToMs(settings?.endingSoonMinutes);
  if (longTurnMs !== undefined) options.longTurnMs = longTurnMs;
  if (endingSoonMs !== undefined) options.endingSoonMs = endingSoonMs;
  if (settings?.shareFactor !== undefined) options.shareFactor = settings.shareFactor;
  // Only a running timer says how close the end is; a paused or unstarted one does not end the round.
  if (timer.status === 'running') options.remainingMs = remainingMs(timer, now);
  return options;
}
