import { describe, expect, it } from 'vitest';
import type { Phase } from '../../spiegel/domain/template.ts';
import { roundDistributions, showRound, showSide } from './rounds.ts';
import { seatMap } from './seats.ts';

const phase = (id: string, listeners: Phase['listeners']) => ({
  id,
  title: { nl: id },
  speakers: listeners === 'listeners' ? ('voices' as const) : ('everyone' as const),
  listeners,
});

describe('round distributions', () => {
  const seats = seatMap(
    [
      { id: 'a', name: 'Vos', side: 'voices' },
      { id: 'b', name: 'Das', side: 'voices' },
      { id: 'c', name: 'Uil', side: 'listeners' },
    ],
    { voices: 0, listeners: 1 },
  );
  const phases = [phase('opening', 'nobody'), phase('round1', 'listeners'), phase('round2', 'nobody')];

  it('keeps each round with a log: shares per side, seats that spoke, and deviations', () => {
    const log = [
      { phaseIndex: 1, event: { type: 'speak' as const, seat: 'a', at: 0 }, deviation: false },
      { phaseIndex: 1, event: { type: 'speak' as const, seat: 'c', at: 60_000 }, deviation: true },
      { phaseIndex: 1, event: { type: 'speak' as const, seat: 'b', at: 80_000 }, deviation: false },
      { phaseIndex: 1, event: { type: 'silence' as const, at: 100_000 }, deviation: false },
      { phaseIndex: 2, event: { type: 'speak' as const, seat: 'c', at: 200_000 }, deviation: false },
    ];
    const rounds = roundDistributions(phases, log, seats, 2, 230_000);
    expect(rounds.map((r) => r.phaseId)).toEqual(['round1', 'round2']);
    const [first, second] = rounds;
    expect(first!.listenOnly).toBe('listeners');
    expect(first!.sides.voices.share).toBeCloseTo(0.8);
    expect(first!.sides.voices.seatsSpoke).toBe(2);
    expect(first!.sides.listeners.share).toBeCloseTo(0.2);
    expect(first!.deviations).toBe(1);
    // The round that was on at closing counts until the close.
    expect(second!.sides.listeners.share).toBe(1);
    expect(second!.listenOnly).toBeNull();
    // Nothing in a distribution is a time or a seat.
    expect(JSON.stringify(rounds)).not.toMatch(/Vos|Das|Uil|"a"|Ms/);
  });

  it('leaves out rounds where nobody spoke', () => {
    const log = [{ phaseIndex: 0, event: { type: 'silence' as const, at: 0 }, deviation: false }];
    expect(roundDistributions(phases, log, seats, 0, 10_000)).toEqual([]);
  });

  it('shows counts under five as "<5", and no share that one to four people spoke', () => {
    expect(showSide({ share: 0.25, seats: 1, seatsSpoke: 1 })).toEqual({
      percent: null,
      seats: '<5',
      seatsSpoke: '<5',
    });
    // Two of eight spoke: that share is theirs, near enough.
    expect(showSide({ share: 0.3, seats: 8, seatsSpoke: 2 }).percent).toBeNull();
    expect(showSide({ share: 0.754, seats: 8, seatsSpoke: 6 })).toEqual({
      percent: 75,
      seats: 8,
      seatsSpoke: 6,
    });
    // Nobody spoke: 0% gives nobody away.
    expect(showSide({ share: 0, seats: 3, seatsSpoke: 0 }).percent).toBe(0);
  });

  it("withholds the other side's share too when one side's is withheld (they add up to 100%)", () => {
    const shown = showRound({
      voices: { share: 0.8, seats: 8, seatsSpoke: 6 },
      listeners: { share: 0.2, seats: 6, seatsSpoke: 1 },
    });
    expect(shown.voices.percent).toBeNull();
    expect(shown.listeners.percent).toBeNull();
    expect(shown.voices.seatsSpoke).toBe(6);
    // Listeners who kept to listening: 100% and 0% show.
    const listened = showRound({
      voices: { share: 1, seats: 8, seatsSpoke: 6 },
      listeners: { share: 0, seats: 4, seatsSpoke: 0 },
    });
    expect([listened.voices.percent, listened.listeners.percent]).toEqual([100, 0]);
    const both = showRound({
      voices: { share: 0.8, seats: 8, seatsSpoke: 6 },
      listeners: { share: 0.2, seats: 6, seatsSpoke: 5 },
    });
    expect([both.voices.percent, both.listeners.percent]).toEqual([80, 20]);
  });
});
