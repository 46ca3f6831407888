import { describe, expect, it } from 'vitest';
import { showCount, showDistribution } from './smallNumbers.ts';

describe('small-number suppression', () => {
  it('shows fewer than five as "<5", five and more exactly', () => {
    expect([0, 1, 4, 5, 6, 120].map(showCount)).toEqual(['<5', '<5', '<5', 5, 6, 120]);
  });

  it('suppresses a whole distribution when fewer than five answered, zeros included', () => {
    expect(showDistribution({ safe: 3, unsafe: 0 })).toEqual({ safe: '<5', unsafe: '<5' });
  });

  it('shows a larger distribution, with its small parts suppressed', () => {
    expect(showDistribution({ safe: 9, unsafe: 2, unsure: 5 })).toEqual({ safe: 9, unsafe: '<5', unsure: 5 });
  });
});
