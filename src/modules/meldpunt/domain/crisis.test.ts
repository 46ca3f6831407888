import { describe, expect, it } from 'vitest';
import { crisisProgress, crisisSteps, isCrisisStep } from './crisis.ts';
import { nextTick } from './handling.ts';

describe('the crisis log', () => {
  it('has the seven steps of the method, in order', () => {
    expect(crisisSteps).toEqual([
      'crisisTeam',
      'oneMessage',
      'staffFirst',
      'mediaPolice',
      'parentsStudents',
      'aftercarePlan',
      'lessonsLearned',
    ]);
    expect(isCrisisStep('mediaPolice')).toBe(true);
    expect(isCrisisStep('talkStudent')).toBe(false);
  });

  it('counts the steps done and names the first one still open', () => {
    expect(crisisProgress([])).toEqual({ done: 0, total: 7, next: 'crisisTeam' });
    const some = [
      { step: 'crisisTeam', doneAt: '2026-11-02T10:00:00Z' },
      { step: 'staffFirst', doneAt: '2026-11-02T11:00:00Z' },
      { step: 'oneMessage', doneAt: null },
      { step: 'somethingElse', doneAt: '2026-11-02T11:00:00Z' },
    ];
    expect(crisisProgress(some)).toEqual({ done: 2, total: 7, next: 'oneMessage' });
    expect(crisisProgress(crisisSteps.map((step) => ({ step, doneAt: 'x' }))).next).toBeNull();
  });
});

describe('a ticked step', () => {
  const now = new Date('2026-11-02T12:00:00Z');
  it('keeps the time and person of its first tick, and loses both when unticked', () => {
    expect(nextTick(null, true, 'u1', now)).toEqual({ done_at: '2026-11-02T12:00:00.000Z', done_by: 'u1' });
    const earlier = { done_at: '2026-11-02T10:00:00.000Z', done_by: 'u0' };
    expect(nextTick(earlier, true, 'u1', now)).toEqual(earlier);
    expect(nextTick(earlier, false, 'u1', now)).toEqual({ done_at: null, done_by: null });
  });
});
