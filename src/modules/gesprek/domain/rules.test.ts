import { describe, expect, it } from 'vitest';
import { addDays, isComingUp, isDue, reminderDue } from './agreements.ts';
import { defaultLevel } from './forms.ts';
import { linkExpiry, linkState, movedExpiry, preparationOpen } from './link.ts';
import { listeningOverview } from './listening.ts';

describe('agreements', () => {
  const open = { evaluateOn: '2026-12-15', evaluatedAt: null, remindedAt: null };
  it('are due from their day until evaluated, and remind once', () => {
    expect(isDue(open, '2026-12-14')).toBe(false);
    expect(isDue(open, '2026-12-15')).toBe(true);
    expect(isDue({ ...open, evaluatedAt: '2026-12-16T10:00:00Z' }, '2026-12-20')).toBe(false);
    expect(reminderDue(open, '2026-12-15')).toBe(true);
    expect(reminderDue({ ...open, remindedAt: '2026-12-15T00:15:00Z' }, '2026-12-16')).toBe(false);
  });
  it('come up on the home page a week ahead', () => {
    expect(isComingUp(open, '2026-12-08')).toBe(true);
    expect(isComingUp(open, '2026-12-07')).toBe(false);
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
  });
});

describe("the student's link", () => {
  const now = new Date('2026-12-01T08:00:00Z');
  it('lasts two weeks after the conversation (in Dutch time), and at least two weeks', () => {
    expect(linkExpiry(now, '2026-12-20T10:00').toISOString()).toBe('2027-01-03T09:00:00.000Z');
    expect(linkExpiry(now, '2027-06-20T10:00').toISOString()).toBe('2027-07-04T08:00:00.000Z');
    expect(linkExpiry(now, '2026-11-30T10:00').toISOString()).toBe('2026-12-15T08:00:00.000Z');
  });
  it('moves later with the conversation, never earlier', () => {
    expect(movedExpiry('2026-12-22T09:30:00.000Z', now, '2027-01-20T10:30')).toBe('2027-02-03T09:30:00.000Z');
    expect(movedExpiry('2027-02-03T09:30:00.000Z', now, '2026-12-08T10:30')).toBe('2027-02-03T09:30:00.000Z');
  });
  it('is none when revoked, expired at its time, active before', () => {
    expect(linkState({ tokenHash: null, expiresAt: null }, now)).toBe('none');
    expect(linkState({ tokenHash: 'h', expiresAt: '2026-12-01T08:00:00.000Z' }, now)).toBe('expired');
    expect(linkState({ tokenHash: 'h', expiresAt: '2026-12-01T08:00:01.000Z' }, now)).toBe('active');
  });
  it('keeps the preparation open until the conversation is held', () => {
    expect(preparationOpen({ heldAt: null })).toBe(true);
    expect(preparationOpen({ heldAt: '2026-12-01T08:00:00Z' })).toBe(false);
  });
});

describe('language level', () => {
  it('is upper primary for primary schools, else secondary', () => {
    expect(defaultLevel('po')).toBe('primary');
    expect(defaultLevel('vo')).toBe('secondary');
    expect(defaultLevel('mbo')).toBe('secondary');
  });
});

describe("a teacher's own listening overview", () => {
  it('counts levels and answers, and follows them per month', () => {
    const overview = listeningOverview([
      { heldAt: '2026-11-03T10:00:00Z', level: 2, heard: 'no' },
      { heldAt: '2026-11-20T10:00:00Z', level: 3, heard: 'partly' },
      { heldAt: '2026-12-02T10:00:00Z', level: 4, heard: 'yes' },
      { heldAt: '2026-12-09T10:00:00Z', level: null, heard: null },
    ]);
    expect(overview.conversations).toBe(4);
    expect(overview.levels).toEqual({ 1: 0, 2: 1, 3: 1, 4: 1 });
    expect(overview.heard).toEqual({ yes: 1, partly: 1, no: 1 });
    expect(overview.months).toEqual([
      { month: '2026-11', conversations: 2, averageLevel: 2.5, heardShare: 25 },
      { month: '2026-12', conversations: 2, averageLevel: 4, heardShare: 100 },
    ]);
  });
});
