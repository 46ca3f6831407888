import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  distribution,
  isDeviation,
  prompts,
  type RoundRoles,
  type Seat,
  type SpeakingEvent,
  tally,
} from './speakingTime.ts';

const MIN = 60_000;
const speak = (seat: string, at: number): SpeakingEvent => ({ type: 'speak', seat, at });
const silence = (at: number): SpeakingEvent => ({ type: 'silence', at });
const pause = (at: number): SpeakingEvent => ({ type: 'pause', at });
const resume = (at: number): SpeakingEvent => ({ type: 'resume', at });
const voices = (...ids: string[]): Seat[] => ids.map((id) => ({ id, side: 'voices' }));
const listeners = (...ids: string[]): Seat[] => ids.map((id) => ({ id, side: 'listeners' }));
const byId = (t: ReturnType<typeof tally>) => Object.fromEntries(t.seats.map((s) => [s.id, s]));
/** A round's log where each seat speaks in turn for the given minutes, then nobody. */
const turns = (...parts: [string, number][]): SpeakingEvent[] => {
  let at = 0;
  const log = parts.map(([seat, minutes]) => {
    const event = speak(seat, at);
    at += minutes * MIN;
    return event;
  });
  return [...log, silence(at)];
};

const roundOne: RoundRoles = { speakers: 'voices', listeners: 'listeners' };

describe('tallying speaking time', () => {
  it('follows quick switches to the millisecond, taps in the same ms included', () => {
    const log = [speak('a', 0), speak('b', 100), speak('c', 250), speak('a', 400), speak('b', 900)];
    const t = tally([...log, speak('c', 950), speak('b', 950)], voices('a', 'b', 'c'), 1_000);
    const seats = byId(t);
    expect([seats.a?.totalMs, seats.b?.totalMs, seats.c?.totalMs]).toEqual([600, 250, 150]);
    expect([seats.a?.turns, seats.b?.turns, seats.c?.turns]).toEqual([2, 3, 2]);
    expect(t.current).toEqual({ seat: 'b', runningMs: 50 });
    expect(seats.b?.currentTurnMs).toBe(50);
    expect(seats.a?.currentTurnMs).toBeNull();
    expect(t.totalMs).toBe(1_000);
    expect(t.elapsedMs).toBe(1_000);
  });

  it('does not count paused time, and the speaker carries on after resume', () => {
    const log = [speak('a', 0), pause(1 * MIN), resume(2 * MIN)];
    const t = tally(log, voices('a', 'b'), 3 * MIN);
    expect(byId(t).a?.totalMs).toBe(2 * MIN);
    expect(t.current).toEqual({ seat: 'a', runningMs: 2 * MIN });
    expect(t.elapsedMs).toBe(2 * MIN);

    const during = tally(log, voices('a', 'b'), 1.5 * MIN);
    expect(during.paused).toBe(true);
    expect(during.current).toEqual({ seat: 'a', runningMs: 1 * MIN });

    // A switch during the pause: the new speaker's time starts at resume.
    const switched = tally([...log.slice(0, 2), speak('b', 1.5 * MIN), log[2]!], voices('a', 'b'), 3 * MIN);
    expect([byId(switched).a?.totalMs, byId(switched).b?.totalMs]).toEqual([1 * MIN, 1 * MIN]);
  });

  it('stops the clock on silence, and a second tap on the speaker from another device keeps the turn', () => {
    const t = tally([speak('a', 0), silence(30_000)], voices('a', 'b'), 90_000);
    expect(t.current).toBeNull();
    expect([t.totalMs, t.elapsedMs]).toEqual([30_000, 90_000]);
    expect(t.notSpoken).toEqual(['b']);

    const twice = tally([speak('a', 0), speak('a', 10_000)], voices('a'), 20_000);
    expect(twice.current).toEqual({ seat: 'a', runningMs: 20_000 });
    expect(byId(twice).a?.turns).toBe(1);
  });

  it('sorts unsorted events stably, ignores events after now, and counts a removed seat for nobody', () => {
    const ordered = [speak('a', 0), pause(10), resume(20), speak('b', 30), silence(70), speak('a', 80)];
    const shuffled = [ordered[3]!, ordered[5]!, ordered[0]!, ordered[2]!, ordered[4]!, ordered[1]!];
    expect(tally(shuffled, voices('a', 'b'), 100)).toEqual(tally(ordered, voices('a', 'b'), 100));
    // Same ms: the server's order of arrival decides.
    expect(tally([speak('b', 5), speak('a', 5)], voices('a', 'b'), 10).current?.seat).toBe('a');
    expect(tally([speak('a', 0), speak('b', 50)], voices('a', 'b'), 40).notSpoken).toEqual(['b']);
    const removed = tally([speak('a', 0), speak('gone', 10)], voices('a'), 40);
    expect([removed.current, removed.totalMs, removed.elapsedMs]).toEqual([null, 10, 40]);
  });

  it('computes shares against an equal share of the seats that may speak', () => {
    const seats = [...voices('a', 'b'), ...listeners('x', 'y')];
    const t = tally(turns(['a', 3], ['b', 1]), seats, 4 * MIN, roundOne);
    expect([byId(t).a?.share, byId(t).b?.share, byId(t).x?.share]).toEqual([0.75, 0.25, 0]);
    expect(t.equalShareMs).toBe(2 * MIN);
    expect(t.notSpoken).toEqual(['x', 'y']);
    expect(tally([], seats, 0).seats.every((s) => s.share === 0)).toBe(true);
  });
});

describe('prompts', () => {
  const four = voices('a', 'b', 'c', 'd');

  it('flags a dominant seat once enough was said: light past twice, firm past three times the equal share', () => {
    const light = tally(turns(['a', 5], ['b', 1], ['c', 1], ['d', 1]), four, 8 * MIN);
    expect(prompts(light)).toEqual([{ kind: 'dominant', seat: 'a', severity: 'light' }]);
    const firm = tally(turns(['a', 2], ['b', 1], ['a', 6], ['c', 1]), four, 10 * MIN);
    expect(prompts(firm)).toEqual([{ kind: 'dominant', seat: 'a', severity: 'firm' }]);
    const early = tally(turns(['a', 2.5], ['b', 0.5]), four, 3 * MIN);
    expect(prompts(early)).toEqual([]);
    expect(prompts(early, { minTotalMs: 2 * MIN })).toEqual([
      { kind: 'dominant', seat: 'a', severity: 'firm' },
    ]);
  });

  it('does not hold listen-only seats against the speakers', () => {
    const seats = [...four, ...listeners('w', 'x', 'y', 'z')];
    const log = turns(['a', 2.5], ['b', 2], ['c', 2], ['d', 2]);
    expect(prompts(tally(log, seats, 9 * MIN, roundOne))).toEqual([]);
    expect(prompts(tally(log, seats, 9 * MIN))).toEqual([{ kind: 'dominant', seat: 'a', severity: 'light' }]);
  });

  it('flags a long turn in progress: light past the threshold, firm past one and a half times it', () => {
    // Three seats spoke four minutes each first, so the long turn stays within its share.
    const log = [speak('b', 0), speak('c', 4 * MIN), speak('d', 8 * MIN), speak('a', 12 * MIN)];
    const at = (ms: number) => prompts(tally(log, four, 12 * MIN + ms));
    expect(at(3 * MIN)).toEqual([]);
    expect(at(3 * MIN + 1)).toEqual([{ kind: 'longTurn', seat: 'a', severity: 'light' }]);
    expect(at(4.5 * MIN)).toEqual([{ kind: 'longTurn', seat: 'a', severity: 'light' }]);
    expect(at(4.5 * MIN + 1)).toEqual([{ kind: 'longTurn', seat: 'a', severity: 'firm' }]);
    // A template's own threshold; an unset field falls back to the default.
    const custom = tally(log, four, 12 * MIN + 2 * MIN + 1);
    expect(prompts(custom, { longTurnMs: 2 * MIN, minTotalMs: undefined })).toEqual([
      { kind: 'longTurn', seat: 'a', severity: 'light' },
    ]);
  });

  it('suggests inviting the quiet seats of the speaking side near the end of the round', () => {
    const seats = [...voices('a', 'b', 'c'), ...listeners('x')];
    const t = tally(turns(['a', 2]), seats, 2 * MIN, roundOne);
    expect(prompts(t, { remainingMs: 6 * MIN })).toEqual([]);
    expect(prompts(t)).toEqual([]);
    expect(prompts(t, { remainingMs: 5 * MIN })).toEqual([
      { kind: 'invite', seats: ['b', 'c'], severity: 'light' },
    ]);
    expect(prompts(t, { remainingMs: 6 * MIN, endingSoonMs: 10 * MIN })).toHaveLength(1);
    const all = tally(turns(['a', 1], ['b', 1], ['c', 1]), seats, 3 * MIN, roundOne);
    expect(prompts(all, { remainingMs: 0 })).toEqual([]);
  });

  it('stays quiet when the round is balanced', () => {
    const log = turns(['a', 2], ['b', 2.5], ['c', 1.5], ['d', 2], ['a', 1], ['c', 1]);
    expect(prompts(tally(log, four, 10 * MIN), { remainingMs: 4 * MIN })).toEqual([]);
  });
});

describe('listener rule', () => {
  // The phases of the care-meeting template, one per seating.
  it.each([
    ['plenary, everyone speaks', { speakers: 'everyone', listeners: 'nobody' }, false, false],
    ['inner circle of voices', { speakers: 'voices', listeners: 'listeners' }, false, true],
    ['inner circle of listeners', { speakers: 'listeners', listeners: 'voices' }, true, false],
    ['face to face, voices answer', { speakers: 'listeners', listeners: 'nobody' }, false, false],
  ] as const)('%s', (_, roles, voiceDeviates, listenerDeviates) => {
    expect(isDeviation({ side: 'voices' }, roles)).toBe(voiceDeviates);
    expect(isDeviation({ side: 'listeners' }, roles)).toBe(listenerDeviates);
  });
});

describe('distribution for the report', () => {
  it('gives each side its share and how many of its seats spoke, and no time per seat', () => {
    const seats = [...voices('v1', 'v2', 'v3'), ...listeners('l1', 'l2')];
    const shown = distribution(tally(turns(['v1', 3], ['l1', 1], ['v2', 1]), seats, 5 * MIN, roundOne));
    expect(shown).toEqual({
      voices: { share: 0.8, seats: 3, seatsSpoke: 2 },
      listeners: { share: 0.2, seats: 2, seatsSpoke: 1 },
    });
    expect(JSON.stringify(shown)).not.toMatch(/Ms|v1|l1/);
    expect(distribution(tally([], seats, 0)).voices).toEqual({ share: 0, seats: 3, seatsSpoke: 0 });
  });
});

describe('property: time is never invented', () => {
  const eventArb: fc.Arbitrary<SpeakingEvent> = fc.oneof(
    fc.record({
      type: fc.constant('speak' as const),
      seat: fc.constantFrom('a', 'b', 'c', 'x', 'gone'),
      at: fc.nat(10_000),
    }),
    fc.record({
      type: fc.constantFrom('silence' as const, 'pause' as const, 'resume' as const),
      at: fc.nat(10_000),
    }),
  );

  /** Unpaused time from the first event up to `now`, from the pause and resume events alone. */
  const unpaused = (log: SpeakingEvent[], now: number) => {
    const events = log.filter((e) => e.at <= now).sort((a, b) => a.at - b.at);
    let paused = false;
    let pausedMs = 0;
    let since = 0;
    for (const e of events) {
      if (e.type === 'pause' && !paused) {
        paused = true;
        since = e.at;
      } else if (e.type === 'resume' && paused) {
        paused = false;
        pausedMs += e.at - since;
      }
    }
    if (paused) pausedMs += now - since;
    return events.length === 0 ? 0 : now - events[0]!.at - pausedMs;
  };

  it('per-seat totals sum to the total spoken and never exceed the unpaused elapsed time', () => {
    const seats = [...voices('a', 'b'), ...listeners('c', 'x')];
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 40 }), fc.nat(12_000), (log, now) => {
        const t = tally(log, seats, now, roundOne);
        expect(t.seats.reduce((sum, s) => sum + s.totalMs, 0)).toBe(t.totalMs);
        expect(t.elapsedMs).toBe(unpaused(log, now));
        expect(t.totalMs).toBeLessThanOrEqual(t.elapsedMs);
        for (const s of t.seats) expect(s.totalMs).toBeGreaterThanOrEqual(0);
        if (t.current) expect(t.current.runningMs).toBeLessThanOrEqual(byId(t)[t.current.seat]!.totalMs);
      }),
    );
  });
});
