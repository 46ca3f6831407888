import { describe, expect, it } from 'vitest';
import { extendTimer, idleTimer, pauseTimer, remainingMs, startTimer, timerSignal } from './timer.ts';

const MIN = 60_000;

describe('round timer', () => {
  it('runs down from its deadline, pauses, resumes where it was, and never goes below zero', () => {
    let timer = idleTimer(45 * MIN);
    expect(remainingMs(timer, 0)).toBe(45 * MIN);
    timer = startTimer(timer, 1_000);
    expect(remainingMs(timer, 1_000 + 10 * MIN)).toBe(35 * MIN);
    timer = pauseTimer(timer, 1_000 + 10 * MIN);
    expect(remainingMs(timer, 1_000 + 30 * MIN)).toBe(35 * MIN);
    timer = startTimer(timer, 1_000 + 30 * MIN);
    expect(remainingMs(timer, 1_000 + 40 * MIN)).toBe(25 * MIN);
    expect(remainingMs(timer, 1_000 + 99 * MIN)).toBe(0);
  });

  it('extends a running or paused timer, and lengthens the round with it', () => {
    const running = extendTimer(startTimer(idleTimer(30 * MIN), 0), 5 * MIN, 0);
    expect(remainingMs(running, 0)).toBe(35 * MIN);
    expect(running.durationMs).toBe(35 * MIN);
    const paused = extendTimer(pauseTimer(startTimer(idleTimer(30 * MIN), 0), 10 * MIN), 2 * MIN, 10 * MIN);
    expect(remainingMs(paused, 50 * MIN)).toBe(22 * MIN);
  });

  it('is the same for every screen: remaining time depends only on the deadline and the clock', () => {
    const timer = startTimer(idleTimer(15 * MIN), 5_000);
    expect(remainingMs(JSON.parse(JSON.stringify(timer)), 65_000)).toBe(14 * MIN);
  });

  it('signals gently near the end: the last tenth, at least one and at most five minutes', () => {
    const t45 = startTimer(idleTimer(45 * MIN), 0);
    expect(timerSignal(t45, 39 * MIN)).toBe('normal');
    expect(timerSignal(t45, 40 * MIN)).toBe('normal');
    expect(timerSignal(t45, 40.5 * MIN)).toBe('nearEnd');
    expect(timerSignal(t45, 45 * MIN)).toBe('over');
    const t5 = startTimer(idleTimer(5 * MIN), 0);
    expect(timerSignal(t5, 3 * MIN + 59_000)).toBe('normal');
    expect(timerSignal(t5, 4 * MIN)).toBe('nearEnd');
    expect(timerSignal(idleTimer(MIN), 0)).toBe('normal');
  });
});
