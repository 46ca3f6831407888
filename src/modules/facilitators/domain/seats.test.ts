import { describe, expect, it } from 'vitest';
import { seatMap, unnamedSeatId, withLoggedSeats } from './seats.ts';

describe('seat map', () => {
  const people = [
    { id: 'p1', name: 'Vos', side: 'voices' as const },
    { id: 'p2', name: 'Uil', side: 'listeners' as const },
    { id: 'p3', name: 'Das', side: 'voices' as const },
  ];

  it('seats joined people by pseudonym and numbers the seats without a phone per side', () => {
    const seats = seatMap(people, { voices: 2, listeners: 1 });
    expect(seats.map((s) => s.name ?? `seat ${s.side} ${s.number}`)).toEqual([
      'Vos',
      'Das',
      'seat voices 1',
      'seat voices 2',
      'Uil',
      'seat listeners 1',
    ]);
    expect(seats[2]!.id).toBe(unnamedSeatId('voices', 1));
  });

  it('puts the side in the inner circle first', () => {
    const seats = seatMap(people, { voices: 0, listeners: 0 }, { inner: 'listeners' });
    expect(seats.map((s) => s.id)).toEqual(['p2', 'p1', 'p3']);
  });

  it('keeps numbered seats that spoke after the count was lowered, on their own side', () => {
    const seats = withLoggedSeats(seatMap([], { voices: 1, listeners: 0 }), [
      'voices:1',
      'listeners:3',
      'p9',
    ]);
    expect(seats.map((s) => [s.id, s.side])).toEqual([
      ['voices:1', 'voices'],
      ['listeners:3', 'listeners'],
    ]);
  });

  it('keeps a numbered seat its id when more seats are added', () => {
    const before = seatMap([], { voices: 1, listeners: 0 });
    const after = seatMap([], { voices: 3, listeners: 0 });
    expect(after[0]!.id).toBe(before[0]!.id);
  });
});
