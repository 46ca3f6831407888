/**
 * Speaking time in a round (PRODUCT F1): the facilitator taps whoever speaks and Kring keeps the balance, so a
 * fair floor does not depend on the facilitator's memory while they also listen. Pure: the log and the time
 * come from the caller, so every device and every test computes the same tally from the same events.
 *
 * The data is for the facilitator only; the report gets `distribution`, which holds no time per seat.
 */
import type { Phase, Side } from '../../spiegel/domain/template.ts';

/**
 * One tap in a round's speaking log, stamped in server time (ms) so taps from two devices interleave
 * correctly. `speak` makes the seat the speaker (whoever spoke stops); `silence` is a tap on the current
 * speaker (nobody speaks); `pause`/`resume` follow the round's timer, because time out is nobody's talk.
 */
export type SpeakingEvent =
  | { type: 'speak'; seat: string; at: number }
  | { type: 'silence'; at: number }
  | { type: 'pause'; at: number }
  | { type: 'resume'; at: number };

/** A seat on the round's seat map; its side decides whether it may speak in a listen-only round. */
export interface Seat {
  id: string;
  side: Side;
}

/** Who speaks and who only listens in a phase: the two fields of the template that the listener rule reads. */
export type RoundRoles = Pick<Phase, 'speakers' | 'listeners'>;

/** A round where everyone may speak: the default, so a plenary needs no roles passed. */
export const openRound: RoundRoles = { speakers: 'everyone', listeners: 'nobody' };

/** One seat's part of the round, for the facilitator's console only. */
export interface SeatTally {
  id: string;
  side: Side;
  /** Counted (unpaused) ms this seat spoke in the round. */
  totalMs: number;
  /** How often the floor came to this seat; a repeated tap on the speaker does not start a new turn. */
  turns: number;
  /** Counted ms of the turn in progress, or null when this seat is not speaking. */
  currentTurnMs: number | null;
  /** Fraction of all speaking time in the round; 0 while nobody has spoken. */
  share: number;
  /** This seat's side only listens in this round: its time is a deviation, not a claim on the equal share. */
  listenOnly: boolean;
}

/** The balance of a round at one moment: what the console shows and what the prompts are judged on. */
export interface SpeakingTally {
  /** In the order the seats were given, so the console can lay them out as the seat map. */
  seats: SeatTally[];
  current: { seat: string; runningMs: number } | null;
  /** Speaking time of all seats together. */
  totalMs: number;
  /** Time the round's timer ran since the first event: no seat, nor all seats together, can exceed it. */
  elapsedMs: number;
  /** `totalMs` divided over the seats that may speak in this round (listen-only seats excluded). */
  equalShareMs: number;
  /** Seats that have had no turn yet, listen-only seats included (the console shows them all). */
  notSpoken: string[];
  paused: boolean;
}

/** Whether a tap on this seat departs from the method: the UI asks to confirm it and marks it. */
export function isDeviation(seat: Pick<Seat, 'side'>, roles: RoundRoles): boolean {
  // The listen-only side is named by `listeners`; `speakers` alone does not make a round listen-only (face to
  // face, the answering side speaks too).
  return roles.listeners !== 'nobody' && seat.side === roles.listeners;
}

/**
 * The balance of a round at `now`. Events are sorted stably by time, so taps stamped in the same ms keep the
 * order in which the server received them; events after `now` have not happened yet. A tap on a seat that is
 * not on the map (it was removed) stops the speaker and counts for nobody.
 */
export function tally(
  log: readonly SpeakingEvent[],
  seats: readonly Seat[],
  now: number,
  roles: RoundRoles = openRound,
): SpeakingTally {
  const totals = new Map(seats.map((seat) => [seat.id, { totalMs: 0, turns: 0 }]));
  const events = log.filter((event) => event.at <= now).sort((a, b) => a.at - b.at);
  let speaker: string | null = null;
  let turnMs = 0;
  let paused = false;
  let elapsedMs = 0;
  let countedUntil = events[0]?.at ?? now;

  const advance = (to: number) => {
    const ms = paused ? 0 : to - countedUntil;
    elapsedMs += ms;
    turnMs += ms;
    if (speaker !== null) totals.get(speaker)!.totalMs += ms;
    countedUntil = to;
  };

  for (const event of events) {
    advance(event.at);
    if (event.type === 'pause') paused = true;
    else if (event.type === 'resume') paused = false;
    else if (event.type === 'silence') speaker = null;
    // Two devices may tap the same speaker: that continues the turn rather than restarting its clock.
    else if (event.seat !== speaker) {
      const entry = totals.get(event.seat);
      speaker = entry ? event.seat : null;
      turnMs = 0;
      if (entry) entry.turns += 1;
    }
  }
  advance(now);

  const totalMs = [...totals.values()].reduce((sum, t) => sum + t.totalMs, 0);
  const maySpeak = seats.filter((seat) => !isDeviation(seat, roles)).length;
  const seatTallies = seats.map((seat): SeatTally => {
    const { totalMs: seatMs, turns } = totals.get(seat.id)!;
    return {
      id: seat.id,
      side: seat.side,
      totalMs: seatMs,
      turns,
      currentTurnMs: seat.id === speaker ? turnMs : null,
      share: totalMs > 0 ? seatMs / totalMs : 0,
      listenOnly: isDeviation(seat, roles),
    };
  });
  return {
    seats: seatTallies,
    current: speaker === null ? null : { seat: speaker, runningMs: turnMs },
    totalMs,
    elapsedMs,
    equalShareMs: maySpeak > 0 ? totalMs / maySpeak : 0,
    notSpoken: seatTallies.filter((seat) => seat.turns === 0).map((seat) => seat.id),
    paused,
  };
}

/** When the console speaks up; a template may set each, the rest take the defaults. */
export interface PromptSettings {
  /** One turn longer than this asks for a respectful interruption. */
  longTurnMs: number;
  /** A seat with more than this many equal shares is taking the floor from others. */
  shareFactor: number;
  /** Shares say little until this much has been said in the round. */
  minTotalMs: number;
  /** This close to the round's end, seats that have not spoken are worth inviting. */
  endingSoonMs: number;
}

/** The defaults of PRODUCT F1: three minutes at a time, twice the equal share, the last five minutes. */
export const defaultPromptSettings: Readonly<PromptSettings> = {
  longTurnMs: 3 * 60_000,
  shareFactor: 2,
  minTotalMs: 5 * 60_000,
  endingSoonMs: 5 * 60_000,
};

/** Past these, a light prompt becomes a firm one: the phrasings go from light to firm. */
const FIRM_TURN_FACTOR = 1.5;
const FIRM_SHARE_FACTOR = 3;

/** Light phrasings come first; the console offers firm ones when a light nudge has clearly not been enough. */
export type Severity = 'light' | 'firm';

/** A prompt for the facilitator only. Kinds, not text: the phrasings live in the catalog, in both languages. */
export type Prompt =
  | { kind: 'longTurn'; seat: string; severity: Severity }
  | { kind: 'dominant'; seat: string; severity: Severity }
  | { kind: 'invite'; seats: string[]; severity: Severity };

/** The template's settings (any may be missing) and the round timer's remaining time, if it runs. */
export type PromptOptions = Partial<PromptSettings> & { remainingMs?: number };

/**
 * The gentle prompts for this moment, in the order the console shows them: the turn in progress, then seats
 * over their share (largest first), then whom to invite before the round ends.
 */
export function prompts(t: SpeakingTally, options: PromptOptions = {}): Prompt[] {
  // `??` rather than spreading: a template's unset field may be present as undefined.
  const longTurnMs = options.longTurnMs ?? defaultPromptSettings.longTurnMs;
  const shareFactor = options.shareFactor ?? defaultPromptSettings.shareFactor;
  const minTotalMs = options.minTotalMs ?? defaultPromptSettings.minTotalMs;
  const endingSoonMs = options.endingSoonMs ?? defaultPromptSettings.endingSoonMs;
  const out: Prompt[] = [];

  if (t.current && t.current.runningMs > longTurnMs) {
    const firm = t.current.runningMs > FIRM_TURN_FACTOR * longTurnMs;
    out.push({ kind: 'longTurn', seat: t.current.seat, severity: firm ? 'firm' : 'light' });
  }

  if (t.totalMs >= minTotalMs && t.equalShareMs > 0) {
    const over = t.seats
      .filter((seat) => seat.totalMs > shareFactor * t.equalShareMs)
      .sort((a, b) => b.totalMs - a.totalMs);
    for (const seat of over) {
      const firm = seat.totalMs > FIRM_SHARE_FACTOR * t.equalShareMs;
      out.push({ kind: 'dominant', seat: seat.id, severity: firm ? 'firm' : 'light' });
    }
  }

  if (options.remainingMs !== undefined && options.remainingMs <= endingSoonMs) {
    const quiet = t.seats.filter((seat) => !seat.listenOnly && seat.turns === 0).map((seat) => seat.id);
    if (quiet.length > 0) out.push({ kind: 'invite', seats: quiet, severity: 'light' });
  }
  return out;
}

/** One side's part of a round as the report may show it: a share and counts of seats, no time per seat. */
export interface SideDistribution {
  /** Fraction of the round's speaking time; 0 when nobody spoke. */
  share: number;
  seats: number;
  seatsSpoke: number;
}

/**
 * What the report keeps of a round (PRODUCT F1): per side, its share of the speaking time and how many of its
 * seats spoke. Deliberately no milliseconds and no seat ids, so no time per named person can reach the report;
 * counts under five are suppressed when shown (`platform/privacy/smallNumbers.ts`).
 */
export function distribution(t: SpeakingTally): Record<Side, SideDistribution> {
  const side = (which: Side): SideDistribution => {
    const seats = t.seats.filter((seat) => seat.side === which);
    const ms = seats.reduce((sum, seat) => sum + seat.totalMs, 0);
    return {
      share: t.totalMs > 0 ? ms / t.totalMs : 0,
      seats: seats.length,
      seatsSpoke: seats.filter((seat) => seat.turns > 0).length,
    };
  };
  return { voices: side('voices'), listeners: side('listeners') };
}
