import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawGroups, type GroupMember, groupCount } from './groups.ts';

const membersArb = fc
  .tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 10 }))
  .map(([voices, listeners]): GroupMember[] => [
    ...Array.from({ length: voices }, (_, i) => ({ id: `v${i}`, side: 'voices' as const })),
    ...Array.from({ length: listeners }, (_, i) => ({ id: `l${i}`, side: 'listeners' as const })),
  ]);

/** A deterministic random source from a seed, so fast-check can shrink failures. */
const seeded = (seed: number) => {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
};

describe('drawing round-4 groups', () => {
  it('puts every participant in exactly one group', () => {
    fc.assert(
      fc.property(membersArb, fc.integer(), (members, seed) => {
        const ids = drawGroups(members, seeded(seed)).flat();
        expect(ids.sort()).toEqual(members.map((m) => m.id).sort());
      }),
    );
  });

  it('makes groups of 3–4 whenever the numbers allow it, and balanced sizes always', () => {
    fc.assert(
      fc.property(membersArb, fc.integer(), (members, seed) => {
        const sizes = drawGroups(members, seeded(seed)).map((g) => g.length);
        if (members.length >= 6 || members.length === 3 || members.length === 4) {
          for (const size of sizes) expect(size === 3 || size === 4).toBe(true);
        }
        if (sizes.length) expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('spreads teachers: one in every group where there are enough, and never two more in one than in another', () => {
    fc.assert(
      fc.property(membersArb, fc.integer(), (members, seed) => {
        const groups = drawGroups(members, seeded(seed));
        const listeners = members.filter((m) => m.side === 'listeners').length;
        const voices = members.length - listeners;
        const perGroup = groups.map((g) => g.filter((id) => id.startsWith('l')).length);
        if (listeners >= groups.length) for (const n of perGroup) expect(n).toBeGreaterThanOrEqual(1);
        if (voices >= groups.length)
          for (const g of groups) expect(g.some((id) => id.startsWith('v'))).toBe(true);
        if (perGroup.length && voices >= groups.length) {
          expect(Math.max(...perGroup) - Math.min(...perGroup)).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('draws differently when drawn again', () => {
    const members = Array.from(
      { length: 14 },
      (_, i) => ({ id: `p${i}`, side: i < 10 ? 'voices' : 'listeners' }) as const,
    );
    const first = JSON.stringify(drawGroups(members, seeded(1)));
    expect(JSON.stringify(drawGroups(members, seeded(2)))).not.toBe(first);
  });

  it('counts groups so that sizes stay within 3–4', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 8, 9, 12, 13, 23].map(groupCount)).toEqual([
      1, 1, 1, 1, 1, 1, 2, 2, 3, 3, 4, 6,
    ]);
  });
});
