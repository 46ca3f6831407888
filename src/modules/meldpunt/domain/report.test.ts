import { describe, expect, it } from 'vitest';
import { formatReceipt, normaliseReceipt, retryAfterMs } from './receipt.ts';
import { legalDutyApplies } from './report.ts';

describe('legal duty', () => {
  it('applies to a possible sexual offence by school staff against a minor', () => {
    expect(legalDutyApplies({ category: 'sexual', involved: ['staff'], minor: 'yes' })).toBe(true);
    expect(legalDutyApplies({ category: 'sexual', involved: ['student', 'staff'], minor: 'unknown' })).toBe(
      true,
    );
  });

  it('does not apply to staff of the internship company, to adults, or to other behaviour', () => {
    expect(legalDutyApplies({ category: 'sexual', involved: ['internshipStaff'], minor: 'yes' })).toBe(false);
    expect(legalDutyApplies({ category: 'sexual', involved: ['staff'], minor: 'no' })).toBe(false);
    expect(legalDutyApplies({ category: 'bullying', involved: ['staff'], minor: 'yes' })).toBe(false);
  });
});

describe('receipt code', () => {
  it('reads a code however it was typed, and refuses anything else', () => {
    expect(normaliseReceipt('1234 5678-9012.3456')).toBe('1234567890123456');
    expect(normaliseReceipt('1234 5678 9012 345')).toBeNull();
    expect(normaliseReceipt('1234 5678 9012 345a')).toBeNull();
    expect(formatReceipt('1234567890123456')).toBe('1234 5678 9012 3456');
  });

  it('lets three wrong tries pass, then doubles the wait up to an hour', () => {
    expect([0, 1, 2].map(retryAfterMs)).toEqual([0, 0, 0]);
    expect([3, 4, 5, 10].map(retryAfterMs)).toEqual([1000, 2000, 4000, 128_000]);
    expect(retryAfterMs(40)).toBe(3_600_000);
  });
});
